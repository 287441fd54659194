using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Sql;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Rows;

/// <summary>Which view columns a page returns, in display order; names are checked against the view, never spliced.</summary>
internal static class RowColumns
{
    /// <summary>
    /// The id, data, label and output columns first (those the view has: the grid always shows an instance with its
    /// label and prediction), then the requested columns in request order, or every other view column in view order.
    /// <paramref name="special"/> names the comparison columns, which a request may list but which are not view columns.
    /// </summary>
    public static IReadOnlyList<ViewColumn> Select(EvaluationContext context, InstanceView view, IReadOnlyList<string>? requested,
        IReadOnlyCollection<string> special)
    {
        var selected = new List<ViewColumn>();
        void Add(ViewColumn column)
        {
            if (!selected.Contains(column))
                selected.Add(column);
        }

        foreach (var name in Leading(context))
        {
            if (name is not null && view.Find(name) is { } column)
                Add(column);
        }
        if (requested is null)
        {
            foreach (var column in view.Columns)
                Add(column);
            return selected;
        }
        foreach (var name in requested)
        {
            if (special.Contains(name))
                continue;
            Add(view.Find(name) ?? throw new UnknownColumnException(name, [.. view.Columns.Select(c => c.Name), .. special]));
        }
        return selected;
    }

    /// <summary>How many of <paramref name="selected"/> are the leading id, data, label and output columns.</summary>
    public static int LeadingCount(EvaluationContext context, IReadOnlyList<ViewColumn> selected)
    {
        var leading = Leading(context).ToHashSet();
        return selected.TakeWhile(column => leading.Contains(column.Name)).Count();
    }

    private static IEnumerable<string> Leading(EvaluationContext context) =>
        new[] { context.Instances.IdColumn, context.Config.DataColumn, context.Config.LabelColumn, InstanceView.OutputName }.OfType<string>();
}
