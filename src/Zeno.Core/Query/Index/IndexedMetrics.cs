using DuckDB.NET.Data;
using Zeno.Core.Config;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Metrics;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Index;

/// <summary>
/// Answers a metric on a slice from the binned index, for one or several models at once: the filter becomes a row set
/// (bin-aligned parts as codes of the columns' chart layouts — the ones the metadata panel shows, so a clicked bar or
/// a snapped brush is a bin set; everything else a bitmap DuckDB computes once and the cache keeps), then one pass
/// counts its rows and sums each model's per-row statistics. A filter that reads only columns of the instance table
/// selects the same rows for every model, so its row set is evaluated once for all of them. Declines (null) where
/// the index cannot give the SQL path's answer: a metric it keeps no per-row statistics for, a computed column being
/// filled, an index turned off, a view that does not deliver one row per zeno_row.
/// </summary>
internal sealed class IndexedMetrics(EvaluationContext context, IndexCache cache, HistogramCache layouts)
{
    private static readonly HistogramRequest Defaults = new([]);

    private readonly IndexParts _parts = new(context, cache);

    /// <summary>Per model: the slice's size and the metric's statistics; or null to use SQL.</summary>
    public IReadOnlyList<(long Size, MetricStatistics Statistics)>? TryEvaluate(Predicate? filter, IReadOnlyList<string?> models, string? transform,
        MetricConfig metric, Func<DuckDBConnection> connection)
    {
        if (cache.Budget <= 0 || models.Count == 0)
            return null;
        var rows = context.Instances.Rows;
        var views = models.Select(model => context.View(model, transform)).ToList();
        var metricSql = views.Select(view => MetricRowsSql.For(metric, view, context.Config)).ToList();
        if (metricSql.Any(sql => sql is null))
            return null;
        var filterColumns = filter?.Columns() ?? [];
        if (views.Where((view, m) => _parts.Filling(view, filterColumns.Concat(metricSql[m]!.Columns))).Any())
            return null;
        try
        {
            var perRow = views.Select((view, m) => _parts.Metric(ViewKey(models[m], transform), view, metricSql[m]!, rows, connection)).ToList();
            var kind = metricSql[0]!.Kind;
            if (ReadsOnlyInstances(filter, views[0]))
            {
                var (set, codes) = RowSetOf(filter, models[0], transform, views[0], connection, shared: true);
                var (size, stats) = SelectionKernel.Run(codes, rows, set, perRow);
                return [.. stats.Select(s => (size, s.Of(kind, 0, size)))];
            }
            return [.. views.Select((view, m) =>
            {
                var (set, codes) = RowSetOf(filter, models[m], transform, view, connection, shared: false);
                var (size, stats) = SelectionKernel.Run(codes, rows, set, [perRow[m]]);
                return (size, stats[0].Of(kind, 0, size));
            })];
        }
        catch (IndexMismatchException)
        {
            return null;
        }
    }

    // The row set of the filter, bound: codes built only for the columns the plan uses as bin sets.
    private (RowSet Set, IReadOnlyList<CodeColumn> Codes) RowSetOf(Predicate? filter, string? model, string? transform, InstanceView view,
        Func<DuckDBConnection> connection, bool shared)
    {
        if (filter is null)
            return (RowSet.Everything, []);
        var rows = context.Instances.Rows;
        var resolver = new ViewColumnResolver(view, context.Instances);
        var charts = filter.Columns().Distinct(StringComparer.Ordinal)
            .Select(name => ChartPlanner.Plan(context, layouts, view, resolver, name, (model, transform), (Defaults.TopValues, Defaults.Bins), 0, connection))
            .Where(chart => CodeColumn.Fits(chart.Layout.BinCount))
            .ToList();
        var planned = RowSetPlanner.Plan(filter, [.. charts.Select(chart => (chart.Column, chart.Layout))]);
        var used = Used(planned).Distinct().Order().ToList();
        var built = _parts.Codes(view, resolver, [.. used.Select(i => charts[i])], rows, connection);
        var codes = new CodeColumn[charts.Count];
        for (var u = 0; u < used.Count; u++)
            codes[used[u]] = built[u];
        // Rows of instance-table columns are the same in every model's view: one bitmap serves them all.
        var viewKey = shared ? ViewKey(null, null) : ViewKey(model, transform);
        return (planned.Bind(predicate => _parts.Bitmap(viewKey, view, resolver, predicate, rows, connection)), codes);
    }

    private string ViewKey(string? model, string? transform) => IndexKeys.View(context, model, transform);

    private static IEnumerable<int> Used(RowSet set) => set switch
    {
        RowSet.Codes codes => [codes.Chart],
        RowSet.AllOf all => all.Parts.SelectMany(Used),
        RowSet.AnyOf any => any.Parts.SelectMany(Used),
        RowSet.Except except => Used(except.Inner),
        _ => [],
    };

    // Columns of the instance table itself (not outputs, model columns, distills or transformed data).
    private static bool ReadsOnlyInstances(Predicate? filter, InstanceView view) =>
        (filter?.Columns() ?? []).All(name => view.Find(name) is { Origin: ViewColumnOrigin.Data, Join: null });
}
