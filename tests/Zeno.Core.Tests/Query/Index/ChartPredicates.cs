using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Query.Index;

/// <summary>Predicates on charts' bins as the UI makes them: a bar, a snapped brush, a list of values, "missing", their negations.</summary>
internal static class ChartPredicates
{
    /// <summary>A slice's filter: none, any filter on the data, bars and brushes, or bars and brushes combined with any filter.</summary>
    public static Predicate? Slice(Random random, SomeTable table, HistogramResponse panel) => random.Next(5) switch
    {
        0 => null,
        1 => Some.Predicate(random, table, 2),
        2 => Aligned(random, panel),
        3 => Aligned(random, panel) is { } a && Aligned(random, panel) is { } b ? Group.And(a, b) : null,
        _ => Aligned(random, panel) is { } aligned
            ? random.Next(2) == 0 ? Group.And(aligned, Some.Predicate(random, table, 1)) : Group.Or(aligned, Some.Predicate(random, table, 1))
            : null,
    };

    /// <summary>A predicate on one chart's bins, as the UI makes them.</summary>
    public static Predicate? Aligned(Random random, HistogramResponse charts, string? column = null)
    {
        if (charts.Columns.Count == 0)
            return null;
        var chart = column is null ? Some.Pick(random, charts.Columns) : charts.Columns.Single(c => c.Column == column);
        var buckets = chart.Buckets;
        if (buckets.Count == 0)
            return null;
        var bins = buckets.Where(b => b.Kind is BucketKind.Range or BucketKind.Time).ToList();
        var values = buckets.Where(b => b.Kind == BucketKind.Value).Select(b => ((Comparison)b.Filter).Value).ToList();
        Predicate aligned = random.Next(6) switch
        {
            0 or 1 when bins.Count > 1 => Brush(chart.Column, bins, random),
            2 when values.Count > 0 => new InList(chart.Column, values.Where(_ => random.Next(2) == 0), random.Next(3) == 0),
            3 => new IsNull(chart.Column, random.Next(2) == 0),
            _ => Some.Pick(random, buckets).Filter,
        };
        return random.Next(5) switch
        {
            0 => new Not(aligned),
            1 => Group.Or(aligned, new IsNull(chart.Column)),
            _ => aligned,
        };
    }

    // Bins [i, j), open-ended at the ends, as brush.ts snaps them.
    private static Predicate Brush(string column, IReadOnlyList<HistogramBucket> bins, Random random)
    {
        var i = random.Next(bins.Count);
        var j = random.Next(i + 1, bins.Count + 1);
        FilterValue Edge(int k) => bins[k].Kind == BucketKind.Time ? new FilterValue.Date(bins[k].Start!.Value) : new FilterValue.Number(bins[k].Low!.Value);
        var parts = new List<Predicate>();
        if (i > 0)
            parts.Add(new Comparison(column, ComparisonOp.GreaterOrEqual, Edge(i)));
        if (j < bins.Count)
            parts.Add(new Comparison(column, ComparisonOp.Less, Edge(j)));
        return parts.Count == 1 ? parts[0] : new Group(GroupOp.And, parts);
    }
}
