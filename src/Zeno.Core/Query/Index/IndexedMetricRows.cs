using DuckDB.NET.Data;
using Microsoft.Data.Analysis;
using Zeno.Core.Data;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Index;

/// <summary>
/// A [Metric] function's slices from the binned index. The filter becomes a row set, as for built-in metrics (see
/// <see cref="IndexedMetrics"/>), whose size is the slice's; the columns the function reads are read from DuckDB once
/// (<see cref="FunctionColumn"/>) and each slice's frame is gathered from them. A slice × model table of 50
/// slices and 3 models then reads the columns three times instead of filtering, sorting and reading them 150 times.
/// Declines (null) as the other index paths do, and where a column is too large to keep.
/// </summary>
internal sealed class IndexedMetricRows(EvaluationContext context, IndexCache cache, HistogramCache layouts)
{
    // One column may take this share of the index's budget (at the default budget, a 10M-row column of numbers or of
    // few distinct texts fits): a [Metric] function's columns must not push out the codes every chart needs.
    private const int BudgetShare = 8;

    private readonly IndexedFilters _filters = new(context, new IndexParts(context, cache), layouts);

    /// <summary>
    /// Per model: the zeno_rows of the slice in row order, for a function reading <paramref name="columns"/> (the
    /// names in each model's view); or null to use SQL.
    /// </summary>
    public IReadOnlyList<long[]>? TrySelect(Predicate? filter, IReadOnlyList<string?> models, string? transform, IReadOnlyList<IReadOnlyList<string>> columns,
        Func<DuckDBConnection> connection)
    {
        if (cache.Budget <= 0 || models.Count == 0)
            return null;
        var views = models.Select(model => context.View(model, transform)).ToList();
        var filterColumns = filter?.Columns() ?? [];
        if (views.Where((view, m) => _filters.Parts.Filling(view, filterColumns.Concat(columns[m]))).Any())
            return null;
        var rows = context.Instances.Rows;
        try
        {
            return [.. views.Select((view, m) =>
            {
                var (set, codes) = _filters.RowSetOf(filter, models[m], transform, view, connection, IndexedFilters.ReadsOnlyInstances(filter, view));
                var words = new ulong[RowBits.Words(rows)];
                new RowSetEvaluator(codes, rows).Evaluate(set, 0, words);
                return RowBits.Rows(words);
            })];
        }
        catch (IndexMismatchException)
        {
            return null;
        }
    }

    /// <summary>
    /// The frame of <paramref name="rows"/> (from <see cref="TrySelect"/>) with the view's <paramref name="columns"/>,
    /// as the SQL path reads it; null when a column is declined (see <see cref="FunctionColumn.Declined"/>).
    /// </summary>
    public DataFrame? TryGather(string? model, string? transform, IReadOnlyList<string> columns, long[] rows, Func<DuckDBConnection> connection)
    {
        var view = context.View(model, transform);
        // A data column's values are the same in every model's view, so one read serves them all.
        var keys = columns.Select(name => IndexKeys.FunctionColumn(
            view.Find(name) is { Origin: ViewColumnOrigin.Data, Join: null } ? _filters.ViewKey(null, null) : _filters.ViewKey(model, transform),
            view.Select([name]))).ToList();
        var found = keys.Select(key => cache.Find<FunctionColumn>(key)).ToList();
        if (found.Any(column => column is null))
        {
            cache.Building.Wait();
            try
            {
                found = [.. keys.Select((key, c) => found[c] ?? cache.Find<FunctionColumn>(key))];
                var missing = Enumerable.Range(0, columns.Count).Where(c => found[c] is null).ToList();
                IReadOnlyList<FunctionColumn> read;
                try
                {
                    read = missing.Count == 0 ? [] : Read(view, [.. missing.Select(c => columns[c])], connection);
                }
                catch (IndexMismatchException)
                {
                    read = [.. missing.Select(_ => FunctionColumn.Declined)];
                }
                for (var m = 0; m < missing.Count; m++)
                {
                    cache.Add(keys[missing[m]], read[m]);
                    found[missing[m]] = read[m];
                }
            }
            finally
            {
                cache.Building.Release();
            }
        }
        var gathered = found.Select(column => column!.Gather(rows)).ToList();
        return gathered.Any(column => column is null) ? null : new DataFrame(gathered!);
    }

    // The columns for every row, in one scan; each kept on its own or declined.
    private IReadOnlyList<FunctionColumn> Read(InstanceView view, IReadOnlyList<string> columns, Func<DuckDBConnection> connection)
    {
        var rows = context.Instances.Rows;
        var mostBytes = cache.Budget / BudgetShare;
        // Every value takes at least a word: a column that cannot fit is not read at all.
        if (rows * sizeof(long) > mostBytes)
            return [.. columns.Select(_ => FunctionColumn.Declined)];
        var next = 0L;
        var frames = FrameQuery.Batches(connection(), $"SELECT {InstanceView.RowExpression}, {view.Select(columns)} FROM {view.From(columns)} ORDER BY {InstanceView.RowExpression}",
            [], int.MaxValue, skipColumns: 1, firstColumn: row =>
            {
                if (row != next++)
                    throw new IndexMismatchException($"the view's rows are not one per zeno_row (row {row} where {next - 1} was expected)");
            }).ToList();
        if (next != rows || frames.Count != 1)
            throw new IndexMismatchException($"the view holds {next} rows where the instance table has {rows}");
        return [.. frames[0].Columns.Select(column => FunctionColumn.Keep(column, mostBytes))];
    }
}
