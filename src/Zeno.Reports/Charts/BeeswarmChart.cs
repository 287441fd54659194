using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>
/// A beeswarm: for each x value, a dot per colour series at its value, pushed sideways by <see cref="BeeswarmLayout"/>
/// so that no two dots overlap. The dots shrink until each swarm fits its band; only past the smallest size are the
/// sideways offsets squeezed (and dots may then touch).
/// </summary>
internal static class BeeswarmChart
{
    private const float LargestDot = 5.5f;
    private const float SmallestDot = 2.5f;

    public static (double Min, double Max) Domain(ChartCube cube) => cube.Extent() ?? (0, 1);

    public static void DrawPanel(ChartInk ink, ChartCube cube, int facet, CartesianPanel panel)
    {
        panel.DrawGrid(ink);
        var half = panel.X.Bandwidth / 2;
        for (var x = 0; x < cube.X.Count; x++)
        {
            var series = Enumerable.Range(0, cube.Colors.Count).Where(c => cube.Value(facet, x, c) is not null).ToArray();
            var ys = series.Select(c => panel.Y.Map(cube.Value(facet, x, c)!.Value)).ToArray();
            var (radius, offsets) = Fit(ys, half);
            var squeeze = Math.Min(1f, (half - radius) / Math.Max(0.01f, BeeswarmLayout.HalfWidth(offsets, radius) - radius));
            var center = panel.X.Center(x);
            for (var i = 0; i < series.Length; i++)
            {
                var at = new SKPoint(center + offsets[i] * Math.Max(0, squeeze), ys[i]);
                ink.Canvas.DrawCircle(at, radius, ink.Fill(Palette.Series(series[i])));
                ink.Canvas.DrawCircle(at, radius, ink.Stroke(ChartTheme.Background, 0.75f));
            }
        }
        panel.DrawXLabels(ink);
    }

    // The largest dot (from LargestDot down to SmallestDot) whose swarm fits half a band either side.
    private static (float Radius, float[] Offsets) Fit(float[] ys, float half)
    {
        var radius = LargestDot;
        while (true)
        {
            var offsets = BeeswarmLayout.Offsets(ys, radius);
            if (BeeswarmLayout.HalfWidth(offsets, radius) <= half || radius <= SmallestDot) return (radius, offsets);
            radius = Math.Max(SmallestDot, radius * 0.85f);
        }
    }
}
