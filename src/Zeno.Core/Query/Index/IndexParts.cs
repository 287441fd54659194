using DuckDB.NET.Data;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Sql;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Index;

/// <summary>
/// The index's parts as histograms and metrics both get them from the cache, building what is missing: the codes of
/// charted columns (one scan for all missing ones), the bitmap of a predicate DuckDB evaluates, the per-row statistics
/// of a metric, and whether the computed columns a request reads are complete.
/// </summary>
internal sealed class IndexParts(EvaluationContext context, IndexCache cache)
{
    /// <summary>The cache the parts live in.</summary>
    public IndexCache Cache => cache;

    /// <summary>The codes of <paramref name="charts"/>, built in one scan for those not cached yet.</summary>
    public List<CodeColumn> Codes(InstanceView view, ViewColumnResolver resolver, IReadOnlyList<ChartPlan> charts, long rows, Func<DuckDBConnection> connection)
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
                LoadOrBuild(view, resolver, charts, missing, found, rows, connection);
            return found!;
        }
        finally
        {
            cache.Building.Release();
        }
    }

    // Codes a previous start wrote are read from disk; the rest are built in one scan and written for the next start.
    private void LoadOrBuild(InstanceView view, ViewColumnResolver resolver, IReadOnlyList<ChartPlan> charts, List<int> missing, List<CodeColumn?> found,
        long rows, Func<DuckDBConnection> connection)
    {
        var files = CodeFiles.Of(context.Store, cache);
        var ids = files is null ? null : missing.ToDictionary(i => i, i => IndexKeys.CodeFile(context, view.Find(charts[i].Column)!, charts[i], resolver, rows));
        if (files is not null)
        {
            // Each file is read, checked and counted on its own core: at 10M rows that is most of a warm start's wait.
            var loaded = new CodeColumn?[missing.Count];
            Parallel.For(0, missing.Count, m => loaded[m] = files.TryLoad(ids![missing[m]], charts[missing[m]].Layout.BinCount, rows));
            for (var m = 0; m < missing.Count; m++)
            {
                if (loaded[m] is { } column)
                {
                    cache.Add(IndexKeys.Codes(charts[missing[m]].LayoutKey!), column);
                    found[missing[m]] = column;
                }
            }
        }
        var build = missing.Where(i => found[i] is null).ToList();
        if (build.Count == 0)
            return;
        var built = IndexQueries.Codes(connection(), view, resolver, [.. build.Select(i => charts[i])], rows);
        for (var b = 0; b < build.Count; b++)
        {
            cache.Add(IndexKeys.Codes(charts[build[b]].LayoutKey!), built[b]);
            found[build[b]] = built[b];
            files?.Save(ids![build[b]], built[b]);
        }
        files?.Clean(IndexKeys.CodeFileGenerations(context), build.Select(i => ids![i].Name).ToHashSet());
    }

    /// <summary>The rows of <paramref name="predicate"/> in the view keyed <paramref name="viewKey"/>, asked of DuckDB once.</summary>
    public ulong[] Bitmap(string viewKey, InstanceView view, IColumnResolver resolver, Predicate predicate, long rows, Func<DuckDBConnection> connection)
    {
        var parameters = new SqlParameters();
        var sql = Compile(predicate, resolver, parameters);
        return cache.GetOrBuild(IndexKeys.Rows(viewKey, sql, parameters),
            () => new RowBitmap(IndexQueries.Flags(connection(), view.From(predicate.Columns()), parameters, sql, rows))).Words;
    }

    /// <summary>The per-row statistics of a metric in the view keyed <paramref name="viewKey"/>.</summary>
    public RowMetric Metric(string viewKey, InstanceView view, MetricRowsSql metric, long rows, Func<DuckDBConnection> connection) =>
        cache.GetOrBuild(IndexKeys.Metric(viewKey, metric), () => MetricRows(view, metric, rows, connection));

    /// <summary>
    /// Whether a computed column that <paramref name="columns"/> name is still being filled. Its partitions change
    /// under the index: SQL reads it as it is now. Once complete, a table stays so until the manifest changes, which
    /// changes the key, so the answer is remembered.
    /// </summary>
    public bool Filling(InstanceView view, IEnumerable<string> columns)
    {
        var tables = columns.Distinct().Select(name => view.Find(name)?.Table).OfType<string>().Order(StringComparer.Ordinal).ToList();
        if (tables.Count == 0)
            return false;
        var key = IndexKeys.Complete(context, tables);
        if (cache.IsComplete(key))
            return false;
        var filling = context.Store.IncompleteTables();
        if (tables.Any(filling.Contains))
            return true;
        cache.MarkComplete(key);
        return false;
    }

    private static RowMetric MetricRows(InstanceView view, MetricRowsSql metric, long rows, Func<DuckDBConnection> connection)
    {
        var from = view.From(metric.Columns);
        return metric.Kind switch
        {
            Metrics.StatisticsKind.Count => new RowMetric.Count(),
            Metrics.StatisticsKind.Mean or Metrics.StatisticsKind.Regression => Numbers(),
            Metrics.StatisticsKind.WordEdits or Metrics.StatisticsKind.CharEdits => IndexQueries.Edits(connection(), from, metric.Kind, metric.Sql, rows),
            _ => new RowMetric.Flags(metric.Kind, IndexQueries.Flags(connection(), from, new SqlParameters(), metric.Sql, rows)),
        };

        RowMetric Numbers()
        {
            var (values, present) = IndexQueries.Numbers(connection(), from, new SqlParameters(), metric.Sql, rows);
            return new RowMetric.Numbers(metric.Kind, values, present);
        }
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
