using DuckDB.NET.Data;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Sql;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Index;

/// <summary>
/// Answers a histogram request from the binned index: the charts' codes (built on first use, one scan for all missing
/// columns), the filter and clauses as row sets (bin sets on codes; the rest evaluated by DuckDB once and cached),
/// and one counting pass. Declines (null) when the index cannot give the SQL path's answer: a computed column still
/// being filled, a layout with too many bins, a request larger than the memory budget, a view that does not deliver
/// one row per zeno_row.
/// </summary>
internal sealed class IndexedHistograms(EvaluationContext context, IndexCache cache)
{
    private readonly IndexParts _parts = new(context, cache);

    /// <summary>The index's tallies for <paramref name="charts"/> under the request's filter and clauses, or null to use SQL.</summary>
    public IndexedTallies? TryCount(InstanceView view, ViewColumnResolver resolver, IReadOnlyList<ChartPlan> charts, HistogramRequest request,
        int conditions, int all, Func<DuckDBConnection> connection)
    {
        var rows = context.Instances.Rows;
        if (!Fits(charts, rows))
            return null;
        var metricSql = request.Metric is { } metric ? MetricRowsSql.For(metric, view, context.Config) : null;
        if (_parts.Filling(view, Columns(charts, request, metricSql)))
            return null;
        try
        {
            var codes = _parts.Codes(view, resolver, charts, rows, connection);
            var plan = Plan(view, resolver, charts, codes, request, rows, metricSql, connection);
            var counts = CountKernel.Run(plan);
            return Answer(charts, codes, counts, conditions, all, rows, metricSql);
        }
        catch (IndexMismatchException)
        {
            return null;
        }
    }

    /// <summary>The brushing index of chart <paramref name="active"/>, or null to let SQL answer frame by frame.</summary>
    public BrushIndex? TryBrush(InstanceView view, ViewColumnResolver resolver, IReadOnlyList<ChartPlan> charts, HistogramRequest request, int active,
        Func<DuckDBConnection> connection)
    {
        var rows = context.Instances.Rows;
        // The brush replaces the active chart's clauses.
        request = request with { Selections = [.. request.Selections.Where(c => c.Source != charts[active].Column)] };
        if (!Fits(charts, rows))
            return null;
        var metricSql = request.Metric is { } metric ? MetricRowsSql.For(metric, view, context.Config) : null;
        if (_parts.Filling(view, Columns(charts, request, metricSql)))
            return null;
        try
        {
            var codes = _parts.Codes(view, resolver, charts, rows, connection);
            var plan = Plan(view, resolver, charts, codes, request, rows, metricSql, connection);
            return BrushCube.Assemble(charts, codes, active, metricSql?.Kind, BrushKernel.Run(plan, active));
        }
        catch (IndexMismatchException)
        {
            return null;
        }
    }

    private bool Fits(IReadOnlyList<ChartPlan> charts, long rows) =>
        cache.Budget > 0 && charts.All(chart => CodeColumn.Fits(chart.Layout.BinCount) && chart.LayoutKey is not null)
        && charts.Sum(chart => CodeColumn.IsNarrow(chart.Layout.BinCount) ? rows : 2 * rows) <= cache.Budget;

    private static IEnumerable<string> Columns(IReadOnlyList<ChartPlan> charts, HistogramRequest request, MetricRowsSql? metricSql) =>
        charts.Select(c => c.Column)
            .Concat(new[] { request.Filter }.OfType<Predicate>().Concat(request.Selections.Select(c => c.Predicate)).SelectMany(p => p.Columns()))
            .Concat(metricSql?.Columns ?? []);

    private CrossFilterPlan Plan(InstanceView view, ViewColumnResolver resolver, IReadOnlyList<ChartPlan> charts, List<CodeColumn> codes,
        HistogramRequest request, long rows, MetricRowsSql? metricSql, Func<DuckDBConnection> connection)
    {
        var layouts = charts.Select(chart => (chart.Column, chart.Layout)).ToList();
        var viewKey = IndexKeys.View(context, request.Model, request.Transform);
        RowSet Set(IEnumerable<Predicate> parts) =>
            new RowSet.AllOf([.. parts.Select(p => RowSetPlanner.Plan(p, layouts))]);
        ulong[] Bitmap(Predicate predicate) => _parts.Bitmap(viewKey, view, resolver, predicate, rows, connection);

        // Clauses from a column that is not charted filter every chart, like the base filter.
        var charted = charts.Select(chart => chart.Column).ToHashSet(StringComparer.Ordinal);
        var sources = request.Selections.Select(c => c.Source).Where(charted.Contains).Distinct().ToList();
        var baseSet = Set(new[] { request.Filter }.OfType<Predicate>().Concat(request.Selections.Where(c => !charted.Contains(c.Source)).Select(c => c.Predicate)));
        var sourceSets = sources.Select(source => Set(request.Selections.Where(c => c.Source == source).Select(c => c.Predicate))).ToList();
        RowMetric? metric = metricSql is null ? null : _parts.Metric(viewKey, view, metricSql, rows, connection);
        return new CrossFilterPlan(rows, codes, [.. charts.Select(chart => sources.IndexOf(chart.Column))], baseSet.Bind(Bitmap),
            [.. sourceSets.Select(set => set.Bind(Bitmap))], metric);
    }

    private static IndexedTallies Answer(IReadOnlyList<ChartPlan> charts, List<CodeColumn> codes, CrossCounts counts, int conditions, int all, long rows,
        MetricRowsSql? metricSql)
    {
        var filtered = new long[conditions];
        filtered[all] = counts.Selected;
        var buckets = new List<IReadOnlyDictionary<int, (long, long)>>();
        var missing = new List<(long, long)>();
        for (var c = 0; c < charts.Count; c++)
        {
            var column = codes[c];
            filtered[charts[c].Condition] = counts.Filtered[c].Sum();
            var bins = new Dictionary<int, (long, long)>();
            for (var bin = 0; bin < column.Bins; bin++)
            {
                if (column.Totals[bin] > 0)
                    bins[bin] = (column.Totals[bin], counts.Filtered[c][bin]);
            }
            buckets.Add(bins);
            missing.Add((column.Totals[column.Missing], counts.Filtered[c][column.Missing]));
        }
        return new IndexedTallies(new Tallies(rows, filtered, buckets, missing), metricSql?.Kind,
            metricSql is null ? null : [.. counts.Stats.Select(s => s!)], counts.SelectionStats);
    }
}
