using System.Xml.Linq;
using Zeno.Core.State;
using Zeno.Reports.Charts;

namespace Zeno.Reports.Tests.Charts;

public sealed class ChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static List<string> Texts(string svg) =>
        [.. XDocument.Parse(svg).Descendants(Svg + "text").Select(t => t.Value.Trim())];

    [Theory]
    [InlineData(ChartType.Bar)]
    [InlineData(ChartType.Line)]
    [InlineData(ChartType.Beeswarm)]
    [InlineData(ChartType.Radar)]
    public void The_svg_is_well_formed_and_names_every_slice_and_model_as_text(ChartType type)
    {
        var data = Samples.Report(type, new ChartEncoding(ChartDimension.Slices, ChartDimension.Models));
        var texts = Texts(ChartImages.Svg(data, 1200, 700));
        Assert.All(Samples.Slices.Concat(Samples.Models), name => Assert.Contains(name, texts));
        Assert.Contains(data.Title, texts);
        Assert.Contains("Metric: accuracy", texts);
        Assert.Contains(texts, t => t.EndsWith('%'));
    }

    [Fact]
    public void A_table_writes_its_numbers_and_a_dash_for_a_missing_value()
    {
        var data = Samples.Report(ChartType.Table, new ChartEncoding(ChartDimension.Slices, ChartDimension.Models));
        var texts = Texts(ChartImages.Svg(data, 900, 400));
        Assert.Contains(ValueFormat.Value(data.Values[("hard ham", "logreg-v2", "accuracy")], percent: true), texts);
        Assert.Contains("—", texts); // spam on baseline-nb is missing in the sample
        Assert.All(Samples.Slices, name => Assert.Contains(name, texts));
    }

    [Fact]
    public void A_heat_map_writes_each_cell_value_and_size()
    {
        var data = Samples.Report(ChartType.Heatmap, new ChartEncoding(ChartDimension.Slices), slices: 3);
        var texts = Texts(ChartImages.Svg(data, 900, 500));
        var (value, size) = data.Intersections![("hard ham", "spam")];
        Assert.Contains(ValueFormat.Value(value, percent: true), texts);
        Assert.Contains(ValueFormat.Size(size), texts);
    }

    [Fact]
    public void Names_with_markup_characters_are_escaped_and_fonts_fall_back_in_a_browser()
    {
        var data = Samples.Report(ChartType.Bar, new ChartEncoding(ChartDimension.Slices)) with { Title = "<b>& \"quotes\"</b>" };
        var svg = ChartImages.Svg(data, 900, 400);
        Assert.Contains("<b>& \"quotes\"</b>", Texts(svg));
        Assert.Contains("sans-serif", svg);
        Assert.DoesNotContain(", \"", svg);
    }
}
