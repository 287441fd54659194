using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;

namespace Zeno.Core.Query.Index;

/// <summary>
/// Turns a predicate into a <see cref="RowSet"/>: every largest part that is a bin set of one charted column (see
/// <see cref="BinAlignment"/>) becomes a set of codes; the rest is grouped into as few DuckDB queries as the tree
/// allows (siblings that are not bin sets share one query). Pure.
/// </summary>
internal static class RowSetPlanner
{
    /// <summary>The row set of <paramref name="predicate"/> given the request's charts (column and layout, by index).</summary>
    public static RowSet Plan(Predicate predicate, IReadOnlyList<(string Column, ColumnLayout Layout)> charts)
    {
        var columns = predicate.Columns();
        if (columns.Count == 1)
        {
            var chart = IndexOf(charts, columns[0]);
            if (chart >= 0 && BinAlignment.Codes(predicate, columns[0], charts[chart].Layout) is { } keep)
                return new RowSet.Codes(chart, keep);
        }
        switch (predicate)
        {
            case Group { Children.Count: 0 } empty:
                return empty.Op == GroupOp.And ? RowSet.Everything : new RowSet.AnyOf([]);
            case Group group:
            {
                var parts = group.Children.Select(child => (child, set: Plan(child, charts))).ToList();
                var queried = parts.Where(p => p.set is RowSet.Queried).Select(p => p.child).ToList();
                if (queried.Count == parts.Count)
                    return new RowSet.Queried(predicate);
                var planned = parts.Where(p => p.set is not RowSet.Queried).Select(p => p.set).ToList();
                if (queried.Count > 0)
                    planned.Add(new RowSet.Queried(queried.Count == 1 ? queried[0] : new Group(group.Op, queried)));
                return group.Op == GroupOp.And ? new RowSet.AllOf(planned) : new RowSet.AnyOf(planned);
            }
            case Not not:
                var inner = Plan(not.Inner, charts);
                return inner is RowSet.Queried ? new RowSet.Queried(predicate) : new RowSet.Except(inner);
            default:
                return new RowSet.Queried(predicate);
        }
    }

    private static int IndexOf(IReadOnlyList<(string Column, ColumnLayout Layout)> charts, string column)
    {
        for (var i = 0; i < charts.Count; i++)
        {
            if (charts[i].Column == column)
                return i;
        }
        return -1;
    }
}
