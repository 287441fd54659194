using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>
/// A radar: a spoke per x value (clockwise from the top), rings at nice ticks from the centre (the domain's low end,
/// zero unless values go below it) outwards, and a polygon per colour series. A missing value leaves a gap: the
/// polygon is drawn as the lines between neighbouring known values, unfilled.
/// </summary>
internal static class RadarChart
{
    private const float Dot = 3f;

    public static (double Min, double Max) Domain(ChartCube cube) =>
        cube.Extent() is { } e ? (Math.Min(0, e.Min), e.Max) : (0, 1);

    public static void DrawPanel(ChartInk ink, ChartCube cube, int facet, SKRect rect, (double Min, double Max) domain)
    {
        var labels = RadarLabels.For(rect, cube.X, ink.Label);
        var ticks = NiceTicks.For(domain.Min, domain.Max, Math.Clamp((int)(labels.Radius / 30), 2, 5));
        var scale = new LinearScale(ticks.Min, ticks.Max, 0, labels.Radius);
        var center = labels.Center;
        var n = cube.X.Count;
        SKPoint At(int spoke, double value) => RadarLabels.Along(center, RadarLabels.Direction(spoke, n), Math.Max(0, scale.Map(value)));

        // Rings as polygons through the spokes (circles when there are too few spokes for a polygon), then spokes.
        foreach (var tick in ticks.Values)
        {
            var stroke = ink.Stroke(tick == ticks.Max ? ChartTheme.Axis : ChartTheme.Grid, 1f);
            if (n < 3) ink.Canvas.DrawCircle(center, scale.Map(tick), stroke);
            else
            {
                using var ring = Polygon(Enumerable.Range(0, n).Select(i => At(i, tick)), close: true);
                ink.Canvas.DrawPath(ring, stroke);
            }
        }
        for (var i = 0; i < n; i++) ink.Canvas.DrawLine(center, At(i, ticks.Max), ink.Stroke(ChartTheme.Grid, 1f));
        var values = Enumerable.Range(0, cube.Colors.Count)
            .Select(c => Enumerable.Range(0, n).Select(i => cube.Value(facet, i, c)).ToArray())
            .ToArray();
        bool Whole(double?[] series) => n >= 3 && series.All(v => v is not null);
        // Every fill first, so no series' fill covers another's outline.
        for (var c = 0; c < values.Length; c++)
            if (Whole(values[c]))
            {
                using var shape = Polygon(values[c].Select((v, i) => At(i, v!.Value)), close: true);
                ink.Canvas.DrawPath(shape, ink.Fill(Palette.Series(c).WithAlpha(0x14)));
            }
        for (var c = 0; c < values.Length; c++)
        {
            var color = Palette.Series(c);
            var series = values[c];
            if (Whole(series))
            {
                using var shape = Polygon(series.Select((v, i) => At(i, v!.Value)), close: true);
                ink.Canvas.DrawPath(shape, ink.Stroke(color, 2f));
            }
            else
            {
                // Lines between neighbouring known values; a missing value leaves a gap on both its sides.
                for (var i = 0; i < (n > 2 ? n : n - 1); i++)
                    if (series[i] is { } a && series[(i + 1) % n] is { } b)
                        ink.Canvas.DrawLine(At(i, a), At((i + 1) % n, b), ink.Stroke(color, 2f));
            }
            for (var i = 0; i < n; i++)
                if (series[i] is { } v) ink.Canvas.DrawCircle(At(i, v), Dot, ink.Fill(color));
        }
        // Ring values last, haloed, just inside each ring on the bisector of the first two spokes, where no dot sits.
        var bisector = RadarLabels.Direction(1, 2 * Math.Max(1, n));
        var inset = n >= 3 ? (float)Math.Cos(Math.PI / n) : 1f;
        var below = ChartInk.LineHeight(ink.Small) * 0.8f;
        foreach (var tick in ticks.Values.Skip(1))
        {
            var at = RadarLabels.Along(center, bisector, scale.Map(tick) * inset);
            ink.HaloText(ValueFormat.Tick(tick, ticks.Step, cube.Percent), at.X, at.Y + below, ink.Small, ChartTheme.Muted, SKTextAlign.Center);
        }
        labels.Draw(ink);
    }

    private static SKPath Polygon(IEnumerable<SKPoint> points, bool close)
    {
        using var builder = new SKPathBuilder();
        var first = true;
        foreach (var point in points)
        {
            if (first) builder.MoveTo(point);
            else builder.LineTo(point);
            first = false;
        }
        if (close) builder.Close();
        return builder.Detach();
    }
}
