using SkiaSharp;
using Zeno.Core.State;
using Zeno.Reports.Charts;

namespace Zeno.Reports.Tests.Charts;

/// <summary>
/// Renders every chart type for a realistic report, small and large, into artifacts/chart-shots/ (git-ignored) for a
/// person to look at, and checks each one decodes at the asked size.
/// </summary>
public sealed class ChartShotsTests
{
    public static TheoryData<string, ChartType, ChartDimension, ChartDimension?, ChartDimension?, int, int, int> Shots => new()
    {
        { "bar-slices-by-model", ChartType.Bar, ChartDimension.Slices, ChartDimension.Models, null, 5, 4, 2 },
        { "bar-slices-by-model-facet-metric", ChartType.Bar, ChartDimension.Slices, ChartDimension.Models, ChartDimension.Metrics, 5, 4, 2 },
        { "bar-30-slices", ChartType.Bar, ChartDimension.Slices, null, null, 30, 1, 1 },
        { "bar-1-slice-8-models", ChartType.Bar, ChartDimension.Slices, ChartDimension.Models, null, 1, 8, 1 },
        { "bar-models-by-30-slices", ChartType.Bar, ChartDimension.Models, ChartDimension.Slices, null, 30, 8, 1 },
        { "bar-models-facet-30-slices", ChartType.Bar, ChartDimension.Models, null, ChartDimension.Slices, 30, 4, 1 },
        { "line-one-series", ChartType.Line, ChartDimension.Models, null, null, 5, 8, 1 },
        { "line-models-by-slice", ChartType.Line, ChartDimension.Models, ChartDimension.Slices, null, 5, 4, 2 },
        { "line-models-facet-metric", ChartType.Line, ChartDimension.Models, ChartDimension.Slices, ChartDimension.Metrics, 5, 8, 2 },
        { "table-slices-by-model", ChartType.Table, ChartDimension.Slices, ChartDimension.Models, null, 5, 4, 2 },
        { "table-30-slices-8-models", ChartType.Table, ChartDimension.Slices, ChartDimension.Models, null, 30, 8, 1 },
        { "table-slices-facet-metric", ChartType.Table, ChartDimension.Slices, ChartDimension.Models, ChartDimension.Metrics, 5, 4, 2 },
        { "beeswarm-metrics-by-slice", ChartType.Beeswarm, ChartDimension.Metrics, ChartDimension.Slices, null, 30, 4, 2 },
        { "beeswarm-models-by-slice", ChartType.Beeswarm, ChartDimension.Models, ChartDimension.Slices, null, 5, 4, 2 },
        { "radar-slices-by-model", ChartType.Radar, ChartDimension.Slices, ChartDimension.Models, null, 5, 4, 2 },
        { "radar-30-slices", ChartType.Radar, ChartDimension.Slices, ChartDimension.Models, null, 30, 3, 1 },
        { "radar-facet-metric", ChartType.Radar, ChartDimension.Slices, ChartDimension.Models, ChartDimension.Metrics, 5, 4, 2 },
        { "heatmap-5-slices", ChartType.Heatmap, ChartDimension.Slices, null, null, 5, 4, 2 },
        { "heatmap-12-slices", ChartType.Heatmap, ChartDimension.Slices, null, null, 12, 4, 2 },
    };

    [Theory]
    [MemberData(nameof(Shots))]
    public void Every_chart_type_renders_a_realistic_report(string name, ChartType type, ChartDimension x, ChartDimension? color, ChartDimension? facet, int slices, int models, int metrics)
    {
        var data = Samples.Report(type, new ChartEncoding(x, color, facet), slices, models, metrics) with { Title = name };
        var folder = Path.Combine(Samples.RepositoryRoot(), "artifacts", "chart-shots");
        Directory.CreateDirectory(folder);
        foreach (var (width, height, suffix) in new[] { (720, 420, ""), (420, 300, "-small") })
        {
            var png = ChartImages.Png(data, width, height, scale: 1.5f);
            File.WriteAllBytes(Path.Combine(folder, name + suffix + ".png"), png);
            using var bitmap = SKBitmap.Decode(png);
            Assert.Equal(((int)(width * 1.5f), (int)(height * 1.5f)), (bitmap.Width, bitmap.Height));
        }
        File.WriteAllText(Path.Combine(folder, name + ".svg"), ChartImages.Svg(data, 720, 420));
    }
}
