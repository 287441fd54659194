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
    private readonly IndexedFilters _filters = new(context, new IndexParts(context, cache), layouts);

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
        if (views.Where((view, m) => _filters.Parts.Filling(view, filterColumns.Concat(metricSql[m]!.Columns))).Any())
            return null;
        try
        {
            var perRow = views.Select((view, m) => _filters.Parts.Metric(_filters.ViewKey(models[m], transform), view, metricSql[m]!, rows, connection)).ToList();
            var kind = metricSql[0]!.Kind;
            if (IndexedFilters.ReadsOnlyInstances(filter, views[0]))
            {
                var (set, codes) = _filters.RowSetOf(filter, models[0], transform, views[0], connection, shared: true);
                var (size, stats) = SelectionKernel.Run(codes, rows, set, perRow);
                return [.. stats.Select(s => (size, s.Of(kind, 0, size)))];
            }
            return [.. views.Select((view, m) =>
            {
                var (set, codes) = _filters.RowSetOf(filter, models[m], transform, view, connection, shared: false);
                var (size, stats) = SelectionKernel.Run(codes, rows, set, [perRow[m]]);
                return (size, stats[0].Of(kind, 0, size));
            })];
        }
        catch (IndexMismatchException)
        {
            return null;
        }
    }
}
