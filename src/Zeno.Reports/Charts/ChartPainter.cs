using SkiaSharp;
using Zeno.Core.State;

namespace Zeno.Reports.Charts;

/// <summary>
/// Draws a report chart (bar, line, table, beeswarm, radar or heat map) onto any Skia canvas: a PNG surface, an SVG
/// canvas or a PDF page. The same drawing serves every format.
/// </summary>
public static class ChartPainter
{
    /// <summary>
    /// Draws <paramref name="data"/> inside <paramref name="area"/> (in the canvas's units: pixels, or points on a PDF
    /// page) on a white background, with its title, legend and axes. Draws nothing outside the area and leaves the
    /// canvas's matrix and clip as it found them.
    /// </summary>
    public static void Paint(SKCanvas canvas, SKRect area, ChartData data)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(data);
        if (!(area.Width > 0 && area.Height > 0)) return;
        canvas.Save();
        try
        {
            canvas.ClipRect(area);
            using var ink = new ChartInk(canvas);
            canvas.DrawRect(area, ink.Fill(ChartTheme.Background));
            var cube = new ChartCube(data);
            var body = ChartHeader.Draw(ink, area, data.Title, Subtitle(data, cube));
            if (body.Width < 24 || body.Height < 24) return;
            if (data.Type == ChartType.Heatmap) HeatmapChart.Draw(ink, data, body);
            else if (cube.X.Count == 0) Empty(ink, body);
            else ChartPanels.Draw(ink, cube, data.Type, body);
        }
        finally
        {
            canvas.Restore();
        }
    }

    private static string Subtitle(ChartData data, ChartCube cube)
    {
        IEnumerable<(ChartDimension Dimension, string Value)> held = data.Type == ChartType.Heatmap
            ? HeatmapChart.Held(data)
            : cube.Held;
        return string.Join("  ·  ", held.Select(h => $"{ChartCube.Noun(h.Dimension)}: {h.Value}"));
    }

    internal static void Empty(ChartInk ink, SKRect body) =>
        ink.Text("No data", body.MidX, ChartInk.Baseline(ink.Label, body.MidY), ink.Label, ChartTheme.Muted, SKTextAlign.Center);
}
