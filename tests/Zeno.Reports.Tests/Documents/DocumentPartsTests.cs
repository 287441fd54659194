using Zeno.Reports.Documents;

namespace Zeno.Reports.Tests.Documents;

public sealed class DocumentPartsTests
{
    [Fact]
    public void A_sparkline_spans_its_box_from_the_lowest_to_the_highest_value_and_leaves_gaps()
    {
        var points = Sparkline.Points([0.5, null, 0.9, 0.7], 100, 20, padding: 0);

        Assert.Equal((0f, 20f), points[0]);
        Assert.Null(points[1]);
        Assert.Equal((200f / 3, 0f), points[2]);
        Assert.Equal(2, Sparkline.Runs(points).Count());
        Assert.Equal(10f, Sparkline.Points([0.3, 0.3], 100, 20)[0]!.Value.Y); // flat: the middle
        Assert.All(Sparkline.Points([null, null], 100, 20), p => Assert.Null(p));
    }

    [Fact]
    public void Table_columns_fill_the_width_and_shrink_before_the_values_get_unreadable()
    {
        foreach (var models in new[] { 1, 4, 8, 14 })
        {
            var layout = TableLayout.For(510, models);
            Assert.Equal(510, layout.TrendLeft(models) + layout.Trend, 3);
            Assert.True(layout.Model >= 22, $"{models} models: {layout.Model}");
        }
        Assert.Equal(8.5f, TableLayout.For(510, 4).ValueFont);
        Assert.True(TableLayout.For(510, 14).ValueFont < 8.5f);
    }

    [Theory]
    [InlineData("Hard ham / Q3", "Hard-ham-Q3.pdf")]
    [InlineData("../../etc/passwd", "etc-passwd.pdf")]
    [InlineData("a\"b\r\nc", "a-b-c.pdf")]
    [InlineData("Qualité", "Qualit.pdf")]
    [InlineData("???", "report.pdf")]
    public void A_file_name_keeps_only_safe_characters(string name, string expected) =>
        Assert.Equal(expected, SafeFileName.Of(name, "pdf"));

    [Fact]
    public void Inlined_svg_loses_its_prolog_and_prefixes_its_ids_and_references()
    {
        const string Svg = "<?xml version=\"1.0\"?><svg><defs><clipPath id=\"c1\"/></defs><g clip-path=\"url(#c1)\"><use href=\"#c1\"/></g></svg>";

        var inlined = InlineSvg.Embed(Svg, "chart2-");

        Assert.Equal("<svg><defs><clipPath id=\"chart2-c1\"/></defs><g clip-path=\"url(#chart2-c1)\"><use href=\"#chart2-c1\"/></g></svg>", inlined);
    }

    [Theory]
    [InlineData(0.93125, true, "93.1%")]
    [InlineData(0.123456, false, "0.1235")]
    [InlineData(12.345, false, "12.35")]
    [InlineData(12345.6, false, "12,346")]
    [InlineData(null, true, "–")]
    [InlineData(double.NaN, false, "–")]
    public void Values_read_as_percentages_or_short_numbers_and_undefined_is_a_dash(double? value, bool percent, string expected) =>
        Assert.Equal(expected, ReportText.Value(value, percent));
}
