using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>
/// Lines across x (typically models in history order), one per colour series, with a dot at each value; a missing
/// value breaks the line instead of dropping it to zero. The value axis spans the data (not zero), so changes show.
/// </summary>
internal static class LineChart
{
    private const float Dot = 3.2f;
    private const int MaxLabelledPoints = 12;

    public static (double Min, double Max) Domain(ChartCube cube) => cube.Extent() ?? (0, 1);

    public static void DrawPanel(ChartInk ink, ChartCube cube, int facet, CartesianPanel panel)
    {
        panel.DrawGrid(ink);
        for (var c = 0; c < cube.Colors.Count; c++)
        {
            var color = Palette.Series(c);
            using var builder = new SKPathBuilder();
            var open = false;
            for (var x = 0; x < cube.X.Count; x++)
            {
                if (cube.Value(facet, x, c) is not { } v)
                {
                    open = false; // a gap
                    continue;
                }
                var point = new SKPoint(panel.X.Center(x), panel.Y.Map(v));
                if (open) builder.LineTo(point);
                else builder.MoveTo(point);
                open = true;
            }
            using (var path = builder.Detach())
                ink.Canvas.DrawPath(path, ink.Stroke(color, 2f));
            for (var x = 0; x < cube.X.Count; x++)
                if (cube.Value(facet, x, c) is { } v)
                    ink.Canvas.DrawCircle(panel.X.Center(x), panel.Y.Map(v), Dot, ink.Fill(color));
        }
        if (cube.Colors.Count == 1 && cube.X.Count <= MaxLabelledPoints) Labels(ink, cube, facet, panel);
        panel.DrawXLabels(ink);
    }

    // With one line and few points, each value is written above its dot.
    private static void Labels(ChartInk ink, ChartCube cube, int facet, CartesianPanel panel)
    {
        for (var x = 0; x < cube.X.Count; x++)
            if (cube.Value(facet, x, 0) is { } v)
            {
                var text = ValueFormat.Value(v, cube.Percent);
                if (ChartInk.Width(ink.Small, text) < panel.X.Step - 4)
                    ink.Text(text, panel.X.Center(x), panel.Y.Map(v) - Dot - 4, ink.Small, ChartTheme.Ink, SKTextAlign.Center);
            }
    }
}
