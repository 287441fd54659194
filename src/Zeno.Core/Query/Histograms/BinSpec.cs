namespace Zeno.Core.Query.Histograms;

/// <summary>
/// "Nice" bin edges for a continuous column: widths of 1, 2, 2.5 or 5 × 10^k, the first edge at or below the minimum
/// and the last at or above the maximum. Bins are [lo, hi) except the last, which is [lo, hi], so the maximum falls in
/// the last bin. Pure: computed once per column over every instance, so charts keep their bins while filtering.
/// </summary>
internal sealed class BinSpec
{
    /// <summary>How many bins a continuous chart aims for.</summary>
    public const int DefaultBins = 20;

    // A safety net: a nice step never needs more edges than this for a requested count.
    private const int EdgeSlack = 4;

    private BinSpec(IReadOnlyList<double> edges) => Edges = edges;

    /// <summary>The edges, strictly increasing, at least two.</summary>
    public IReadOnlyList<double> Edges { get; }

    /// <summary>The number of bins.</summary>
    public int Count => Edges.Count - 1;

    /// <summary>
    /// The bin of a value, exactly as the SQL of <see cref="EdgeSearch"/> computes it: values below the first edge in
    /// the first bin, values above the last (and NaN) in the last.
    /// </summary>
    public int BinOf(double value) => EdgeSearch.Find(Count, i => value < Edges[i]);

    /// <summary>
    /// Bins over [<paramref name="min"/>, <paramref name="max"/>] (finite; NaN and infinities are excluded before).
    /// <paramref name="integral"/>: every value is a whole number, so no bin is narrower than 1 or a multiple of 2.5.
    /// Equal bounds give one bin.
    /// </summary>
    public static BinSpec For(double min, double max, bool integral = false, int desired = DefaultBins)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || min > max)
            throw new ArgumentException($"bin bounds must be finite and ordered, not [{min}, {max}]");
        ArgumentOutOfRangeException.ThrowIfLessThan(desired, 1);
        // Divided first, so that a range wider than double.MaxValue (-1e308 to 1e308) stays finite.
        var raw = max / desired - min / desired;
        NiceStep? step = min == max ? (integral ? new NiceStep(1, 0) : NiceStep.DecadeOf(min))
            : raw > 0 && double.IsFinite(raw) ? NiceStep.AtLeast(raw)
            : null;
        if (step is { } nice && NiceEdges(min, max, integral ? nice.ForIntegers() : nice, desired) is { } edges)
            return new BinSpec(edges);
        // Only ranges at the very limits of double precision (subnormal widths) get here: one plain bin.
        return new BinSpec(min < max ? [min, max] : [min, Math.BitIncrement(min)]);
    }

    private static List<double>? NiceEdges(double min, double max, NiceStep step, int desired)
    {
        var first = Math.Floor(min / step.Value);
        if (!(Math.Abs(first) < 1e17))
            return null;
        var index = (long)first;
        // The division may round across an edge; the edges themselves decide.
        while (step.Edge(index) > min)
            index--;
        while (step.Edge(index + 1) <= min && step.Edge(index + 1) < max)
            index++;
        var edges = new List<double> { step.Edge(index) };
        for (var attempt = 0; edges.Count < 2 || edges[^1] < max; attempt++)
        {
            if (attempt > desired + EdgeSlack)
                return null;
            var next = step.Edge(++index);
            // At the limits of double precision neighbouring decimals can round to one double: keep edges strictly increasing.
            if (next > edges[^1])
                edges.Add(next);
        }
        return edges;
    }
}
