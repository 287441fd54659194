using SkiaSharp;
using Zeno.Core.State;

namespace Zeno.Reports.Charts;

/// <summary>The heat map: the held metric of the held model on each intersection of two slices.</summary>
internal static class HeatmapChart
{
    /// <summary>The model and metric a heat map shows.</summary>
    public static IEnumerable<(ChartDimension Dimension, string Value)> Held(ChartData data)
    {
        var cube = new ChartCube(data with { Encoding = new ChartEncoding(ChartDimension.Slices) });
        return cube.Held;
    }

    public static void Draw(ChartInk ink, ChartData data, SKRect body) => ChartPainter.Empty(ink, body);
}
