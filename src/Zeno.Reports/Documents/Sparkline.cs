namespace Zeno.Reports.Documents;

/// <summary>
/// The geometry of a sparkline, shared by the SVG and PDF renderers: one point per model at even steps, scaled between
/// the series' own minimum and maximum (a flat series sits in the middle), undefined values leave a gap. Pure.
/// </summary>
internal static class Sparkline
{
    /// <summary>The points in a <paramref name="width"/> × <paramref name="height"/> box (y grows downwards), null for gaps.</summary>
    public static IReadOnlyList<(float X, float Y)?> Points(IReadOnlyList<double?> values, float width, float height, float padding = 2)
    {
        ArgumentNullException.ThrowIfNull(values);
        var defined = values.OfType<double>().Where(double.IsFinite).ToList();
        if (defined.Count == 0)
            return [.. values.Select(_ => ((float, float)?)null)];
        var (min, max) = (defined.Min(), defined.Max());
        var step = values.Count > 1 ? (width - 2 * padding) / (values.Count - 1) : 0;
        return [.. values.Select((value, i) => value is { } v && double.IsFinite(v)
            ? ((float, float)?)(padding + (values.Count > 1 ? i * step : (width - 2 * padding) / 2),
                max == min ? height / 2 : padding + (float)((max - v) / (max - min)) * (height - 2 * padding))
            : null)];
    }

    /// <summary>The runs of consecutive defined points, each drawn as one line (a single point as a dot).</summary>
    public static IEnumerable<IReadOnlyList<(float X, float Y)>> Runs(IReadOnlyList<(float X, float Y)?> points)
    {
        var run = new List<(float, float)>();
        foreach (var point in points)
        {
            if (point is { } p)
            {
                run.Add(p);
                continue;
            }
            if (run.Count > 0)
                yield return run;
            run = [];
        }
        if (run.Count > 0)
            yield return run;
    }
}
