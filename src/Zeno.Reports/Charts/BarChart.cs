using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>
/// Grouped bars: a group per x value, a bar per colour series, from zero to the value; a missing value leaves its
/// slot empty (marked "—" where there is room), never a bar of zero. Values are written above the bars while there
/// is room for them.
/// </summary>
internal static class BarChart
{
    private const int MaxLabelledBars = 40;

    /// <summary>The value axis always includes zero, so bar lengths compare.</summary>
    public static (double Min, double Max) Domain(ChartCube cube) =>
        cube.Extent() is { } e ? (Math.Min(0, e.Min), Math.Max(0, e.Max)) : (0, 1);

    public static void DrawPanel(ChartInk ink, ChartCube cube, int facet, CartesianPanel panel)
    {
        panel.DrawGrid(ink);
        var zero = panel.Y.Map(Math.Clamp(0, panel.Ticks.Min, panel.Ticks.Max));
        var labelled = cube.X.Count * cube.Colors.Count <= MaxLabelledBars;
        for (var x = 0; x < cube.X.Count; x++)
        {
            var bars = new BandScale(cube.Colors.Count, panel.X.At(x), panel.X.At(x) + panel.X.Bandwidth, 0.08f, 0f);
            for (var c = 0; c < cube.Colors.Count; c++)
            {
                var left = bars.At(c);
                var value = cube.Value(facet, x, c);
                if (value is not { } v)
                {
                    Label(ink, ValueFormat.Missing, left, bars.Bandwidth, zero - ChartTheme.Gap / 2, ChartTheme.Muted);
                    continue;
                }
                var y = panel.Y.Map(v);
                var bar = new SKRect(left, Math.Min(y, zero), left + bars.Bandwidth, Math.Max(y, zero));
                ink.Canvas.DrawRect(bar, ink.Fill(Palette.Series(c)));
                if (labelled)
                {
                    // Above a positive bar, below a negative one.
                    var baseline = v >= 0 ? bar.Top - 3 : bar.Bottom + ChartInk.LineHeight(ink.Small) - 2;
                    var room = v >= 0 ? bar.Top - panel.Plot.Top : panel.Plot.Bottom - bar.Bottom;
                    if (room < ChartInk.LineHeight(ink.Small)) continue; // no room between the bar's end and the plot's edge
                    Label(ink, ValueFormat.Value(v, cube.Percent), left, bars.Bandwidth, baseline, ChartTheme.Ink);
                }
            }
        }
        panel.DrawXLabels(ink);
    }

    // A label centred over a bar's slot, only when it fits the slot's width.
    private static void Label(ChartInk ink, string text, float left, float width, float baseline, SKColor color)
    {
        if (ChartInk.Width(ink.Small, text) + 2 <= width)
            ink.Text(text, left + width / 2, baseline, ink.Small, color, SKTextAlign.Center);
    }
}
