using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;

namespace Zeno.Core.Query.Index;

/// <summary>
/// Whether a predicate is a set of bins of one column, and which: true when it reads only that column and only asks
/// what the column's buckets ask — "below an inner edge" (a brush or a bin's own filter), "equal to a charted value",
/// "in a list of charted values", missing or present — joined by and/or/not. Then its rows are exactly the rows whose
/// code is in the set, because the bin SQL is built from the very same compiled comparisons (see
/// <see cref="ColumnLayout"/>) and filters are two-valued (every leaf is false on a missing value). Anything else
/// (text search, ids, other values, other columns) is not a bin set and is asked of DuckDB. Pure.
/// </summary>
internal static class BinAlignment
{
    /// <summary>Per code (bins, then missing): whether <paramref name="predicate"/> keeps its rows; null when it is not a bin set of <paramref name="column"/>.</summary>
    public static bool[]? Codes(Predicate predicate, string column, ColumnLayout layout) => predicate switch
    {
        Group { Op: GroupOp.And } g => Combine(g.Children, column, layout, initial: true, (a, b) => a && b),
        Group g => Combine(g.Children, column, layout, initial: false, (a, b) => a || b),
        Not n => Codes(n.Inner, column, layout) is { } inner ? [.. inner.Select(keep => !keep)] : null,
        IsNull n when n.Column == column => Where(layout, (bin, missing) => missing != n.Negated),
        InList { Values.Count: 0 } l when l.Column == column => Where(layout, (_, missing) => l.Negated && !missing),
        InList l when l.Column == column && layout is ValueLayout values => Values(values, l.Values, l.Negated),
        Comparison c when c.Column == column => Compare(c, layout),
        _ => null,
    };

    private static bool[]? Combine(IReadOnlyList<Predicate> children, string column, ColumnLayout layout, bool initial, Func<bool, bool, bool> join)
    {
        var result = Where(layout, (_, _) => initial);
        foreach (var child in children)
        {
            if (Codes(child, column, layout) is not { } codes)
                return null;
            for (var i = 0; i < result.Length; i++)
                result[i] = join(result[i], codes[i]);
        }
        return result;
    }

    private static bool[]? Compare(Comparison comparison, ColumnLayout layout)
    {
        switch (layout, comparison.Op, comparison.Value)
        {
            case (RangeLayout range, ComparisonOp.Less or ComparisonOp.GreaterOrEqual, FilterValue.Number number):
                return Below(InnerEdge(range.Spec.Edges, number.Value), comparison.Op, layout);
            case (TimeLayout time, ComparisonOp.Less or ComparisonOp.GreaterOrEqual, FilterValue.Date date):
                return Below(InnerEdge(time.Spec.Edges, date.Value), comparison.Op, layout);
            case (ValueLayout values, ComparisonOp.Equal or ComparisonOp.NotEqual, var value):
                return Values(values, [value], comparison.Op == ComparisonOp.NotEqual);
            default:
                return null;
        }
    }

    // "value < inner edge i" holds exactly for bins below i (the bin search asks that very question); ">=" is its
    // complement among present values. The outer edges are not boundaries: the outer bins are open-ended.
    private static bool[]? Below(int edge, ComparisonOp op, ColumnLayout layout) =>
        edge < 0 ? null : Where(layout, (bin, missing) => !missing && (bin < edge) == (op == ComparisonOp.Less));

    private static int InnerEdge<T>(IReadOnlyList<T> edges, T value) where T : IEquatable<T>
    {
        for (var i = 1; i < edges.Count - 1; i++)
        {
            if (edges[i].Equals(value))
                return i;
        }
        return -1;
    }

    // Charted values are pairwise different as SQL values, so "== v" is exactly v's bin, and "!= v" every other
    // present bin, "other" included. A value that is not charted lies inside "other": no bin set.
    private static bool[]? Values(ValueLayout layout, IReadOnlyList<FilterValue> chosen, bool negated)
    {
        var bins = new HashSet<int>();
        foreach (var value in chosen)
        {
            var bin = IndexOf(layout.Values, value);
            if (bin < 0)
                return null;
            bins.Add(bin);
        }
        return Where(layout, (bin, missing) => !missing && bins.Contains(bin) != negated);
    }

    private static int IndexOf(IReadOnlyList<FilterValue> values, FilterValue value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Equals(value))
                return i;
        }
        return -1;
    }

    private static bool[] Where(ColumnLayout layout, Func<int, bool, bool> keep)
    {
        var codes = new bool[layout.BinCount + 1];
        for (var code = 0; code < codes.Length; code++)
            codes[code] = keep(code, code == layout.BinCount);
        return codes;
    }
}
