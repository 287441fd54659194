using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>The heat map's key: the lowest value, a ramp of its colours, the highest value, and what a cell says.</summary>
internal static class HeatmapRamp
{
    private const int Steps = 48;
    private const float Width = 140f;
    private const float Height = 10f;

    /// <summary>Draws the key at the top of <paramref name="body"/> and returns the height it took.</summary>
    public static float Draw(ChartInk ink, SKRect body, double min, double max, bool percent)
    {
        var font = ink.Small;
        var rowHeight = ChartInk.LineHeight(ink.Label) + 2;
        var middle = body.Top + rowHeight / 2;
        var low = ValueFormat.Value(min, percent);
        var high = ValueFormat.Value(max, percent);
        var x = body.Left;
        ink.Text(low, x, ChartInk.Baseline(font, middle), font, ChartTheme.Ink);
        x += ChartInk.Width(font, low) + 4;
        var width = Math.Min(Width, Math.Max(20, body.Width / 3));
        // Separate rectangles rather than a gradient shader, so the SVG needs nothing a viewer might not support.
        for (var i = 0; i < Steps; i++)
            ink.Canvas.DrawRect(new SKRect(x + width * i / Steps, middle - Height / 2, x + width * (i + 1) / Steps + 0.3f, middle + Height / 2),
                ink.Fill(HeatColors.At((i + 0.5) / Steps)));
        x += width + 4;
        ink.Text(high, x, ChartInk.Baseline(font, middle), font, ChartTheme.Ink);
        x += ChartInk.Width(font, high) + 14;
        ink.Text(ChartInk.Fit(font, "cells: value on (row ∧ column), n = its instances", body.Right - x), x, ChartInk.Baseline(font, middle), font, ChartTheme.Muted);
        return rowHeight + ChartTheme.Gap;
    }
}
