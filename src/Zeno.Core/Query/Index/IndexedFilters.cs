using DuckDB.NET.Data;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Index;

/// <summary>
/// A slice's filter as a bound row set of the binned index: bin-aligned parts become code sets of the columns' chart
/// layouts (the ones the metadata panel shows, so a clicked bar or a snapped brush is a bin set), every other part a
/// bitmap DuckDB computes once and the cache keeps. What the metric table and the sorted page share.
/// </summary>
internal sealed class IndexedFilters(EvaluationContext context, IndexParts parts, HistogramCache layouts)
{
    private static readonly HistogramRequest Defaults = new([]);

    /// <summary>The parts the row sets are built from.</summary>
    public IndexParts Parts => parts;

    /// <summary>
    /// The row set of <paramref name="filter"/> in <paramref name="view"/>, bound, with the code columns it reads
    /// (codes built only for the columns the plan uses as bin sets). <paramref name="shared"/>: the filter reads only
    /// instance-table columns, whose rows are the same in every model's view, so one bitmap serves them all.
    /// </summary>
    public (RowSet Set, IReadOnlyList<CodeColumn> Codes) RowSetOf(Predicate? filter, string? model, string? transform, InstanceView view,
        Func<DuckDBConnection> connection, bool shared)
    {
        if (filter is null)
            return (RowSet.Everything, []);
        var rows = context.Instances.Rows;
        var resolver = new ViewColumnResolver(view, context.Instances);
        var charts = filter.Columns().Distinct(StringComparer.Ordinal)
            .Select(name => Chart(view, resolver, name, model, transform, connection))
            .Where(chart => CodeColumn.Fits(chart.Layout.BinCount))
            .ToList();
        var planned = RowSetPlanner.Plan(filter, [.. charts.Select(chart => (chart.Column, chart.Layout))]);
        var used = Used(planned).Distinct().Order().ToList();
        var built = parts.Codes(view, resolver, [.. used.Select(i => charts[i])], rows, connection);
        var codes = new CodeColumn[charts.Count];
        for (var u = 0; u < used.Count; u++)
            codes[used[u]] = built[u];
        var viewKey = shared ? ViewKey(null, null) : ViewKey(model, transform);
        return (planned.Bind(predicate => parts.Bitmap(viewKey, view, resolver, predicate, rows, connection)), codes);
    }

    // A column's chart as the metadata panel draws it by default: its layout decides the codes.
    private ChartPlan Chart(InstanceView view, ViewColumnResolver resolver, string name, string? model, string? transform,
        Func<DuckDBConnection> connection) =>
        ChartPlanner.Plan(context, layouts, view, resolver, name, (model, transform), (Defaults.TopValues, Defaults.Bins), 0, connection);

    /// <summary>The key of a model's and transform's view among the index's parts.</summary>
    public string ViewKey(string? model, string? transform) => IndexKeys.View(context, model, transform);

    /// <summary>Whether the filter reads only columns of the instance table itself (not outputs, model columns, distills or transformed data).</summary>
    public static bool ReadsOnlyInstances(Predicate? filter, InstanceView view) =>
        (filter?.Columns() ?? []).All(name => view.Find(name) is { Origin: ViewColumnOrigin.Data, Join: null });

    private static IEnumerable<int> Used(RowSet set) => set switch
    {
        RowSet.Codes codes => [codes.Chart],
        RowSet.AllOf all => all.Parts.SelectMany(Used),
        RowSet.AnyOf any => any.Parts.SelectMany(Used),
        RowSet.Except except => Used(except.Inner),
        _ => [],
    };
}
