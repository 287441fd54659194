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
    /// <summary>The index's tallies for <paramref name="charts"/> under the request's filter and clauses, or null to use SQL.</summary>
    public IndexedTallies? TryCount(InstanceView view, ViewColumnResolver resolver, IReadOnlyList<ChartPlan> charts, HistogramRequest request,
        int conditions, int all, Func<DuckDBConnection> connection)
    {
        var rows = context.Instances.Rows;
        if (!Fits(charts, rows))
            return null;
        var metricSql = request.Metric is { } metric ? MetricRowsSql.For(metric, view, context.Config) : null;
        if (Filling(view, Columns(charts, request, metricSql)))
            return null;
        try
        {
            var codes = Codes(view, resolver, charts, rows, connection);
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
        if (Filling(view, Columns(charts, request, metricSql)))
            return null;
        try
        {
            var codes = Codes(view, resolver, charts, rows, connection);
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

    // A computed column whose partitions are not all in yet changes under the index: SQL reads it as it is now.
    private bool Filling(InstanceView view, IEnumerable<string> columns)
    {
        var tables = columns.Distinct().Select(name => view.Find(name)?.Table).OfType<string>().ToList();
        return tables.Count > 0 && context.Store.IncompleteTables() is var filling && tables.Any(filling.Contains);
    }

    private List<CodeColumn> Codes(InstanceView view, ViewColumnResolver resolver, IReadOnlyList<ChartPlan> charts, long rows, Func<DuckDBConnection> connection)
    {
        var found = charts.Select(chart => cache.Find<CodeColumn>(IndexKeys.Codes(chart.LayoutKey!))).ToList();
        if (found.All(column => column is not null))
            return found!;
        cache.Building.Wait();
        try
        {
            found = [.. charts.Select((chart, i) => found[i] ?? cache.Find<CodeColumn>(IndexKeys.Codes(chart.LayoutKey!)))];
            var missing = Enumerable.Range(0, charts.Count).Where(i => found[i] is null).ToList();
            if (missing.Count > 0)
            {
                var built = IndexQueries.Codes(connection(), view, resolver, [.. missing.Select(i => charts[i])], rows);
                for (var m = 0; m < missing.Count; m++)
                {
                    cache.Add(IndexKeys.Codes(charts[missing[m]].LayoutKey!), built[m]);
                    found[missing[m]] = built[m];
                }
            }
            return found!;
        }
        finally
        {
            cache.Building.Release();
        }
    }

    private CrossFilterPlan Plan(InstanceView view, ViewColumnResolver resolver, IReadOnlyList<ChartPlan> charts, List<CodeColumn> codes,
        HistogramRequest request, long rows, MetricRowsSql? metricSql, Func<DuckDBConnection> connection)
    {
        var layouts = charts.Select(chart => (chart.Column, chart.Layout)).ToList();
        var viewKey = IndexKeys.View(context, request.Model, request.Transform);
        RowSet Set(IEnumerable<Predicate> parts) =>
            new RowSet.AllOf([.. parts.Select(p => RowSetPlanner.Plan(p, layouts))]);
        ulong[] Bitmap(Predicate predicate)
        {
            var parameters = new SqlParameters();
            var sql = Compile(predicate, resolver, parameters);
            return cache.GetOrBuild(IndexKeys.Rows(viewKey, sql, parameters),
                () => new RowBitmap(IndexQueries.Flags(connection(), view.From(predicate.Columns()), parameters, sql, rows))).Words;
        }

        // Clauses from a column that is not charted filter every chart, like the base filter.
        var charted = charts.Select(chart => chart.Column).ToHashSet(StringComparer.Ordinal);
        var sources = request.Selections.Select(c => c.Source).Where(charted.Contains).Distinct().ToList();
        var baseSet = Set(new[] { request.Filter }.OfType<Predicate>().Concat(request.Selections.Where(c => !charted.Contains(c.Source)).Select(c => c.Predicate)));
        var sourceSets = sources.Select(source => Set(request.Selections.Where(c => c.Source == source).Select(c => c.Predicate))).ToList();
        RowMetric? metric = metricSql is null ? null : cache.GetOrBuild(IndexKeys.Metric(viewKey, metricSql), () => MetricRows(view, metricSql, rows, connection));
        return new CrossFilterPlan(rows, codes, [.. charts.Select(chart => sources.IndexOf(chart.Column))], baseSet.Bind(Bitmap),
            [.. sourceSets.Select(set => set.Bind(Bitmap))], metric);
    }

    private static RowMetric MetricRows(InstanceView view, MetricRowsSql metric, long rows, Func<DuckDBConnection> connection)
    {
        var from = view.From(metric.Columns);
        return metric.Kind switch
        {
            Metrics.StatisticsKind.Count => new RowMetric.Count(),
            Metrics.StatisticsKind.Mean or Metrics.StatisticsKind.Regression => Numbers(),
            _ => new RowMetric.Flags(metric.Kind, IndexQueries.Flags(connection(), from, new SqlParameters(), metric.Sql, rows)),
        };

        RowMetric Numbers()
        {
            var (values, present) = IndexQueries.Numbers(connection(), from, new SqlParameters(), metric.Sql, rows);
            return new RowMetric.Numbers(metric.Kind, values, present);
        }
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

    private static string Compile(Predicate predicate, IColumnResolver resolver, SqlParameters parameters)
    {
        try
        {
            return PredicateCompiler.Compile(predicate, resolver, parameters);
        }
        catch (Errors.ZenoException e) when (e is not UnknownColumnException)
        {
            throw new InvalidFilterException(e.Message, e) { Hint = e.Hint };
        }
    }
}

/// <summary>The rows of a predicate the index asked DuckDB for.</summary>
internal sealed record RowBitmap(ulong[] Words) : IIndexPart
{
    public long SizeInBytes => Words.LongLength * 8;
}
