using DuckDB.NET.Data;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Sql;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Index;

/// <summary>What the index tells a page of rows: the slice's size, and which rows the page holds where it can tell.</summary>
/// <param name="Total">Rows in the slice.</param>
/// <param name="Rows">The page's zeno_rows in page order; null where SQL has to find them (a sort the index cannot order).</param>
internal sealed record PagePlan(long Total, IReadOnlyList<long>? Rows);

/// <summary>
/// Plans a page of a slice's rows from the binned index. The filter becomes a row set whose size is the page's total,
/// so SQL no longer counts the slice. Unsorted pages and pages sorted by a numeric column are found there too: the
/// column's values are read once into <see cref="SortKeys"/>, and <see cref="PageKernel"/> picks the page's rows, so
/// DuckDB only fetches those few rows instead of filtering and sorting the table. Declines (null) where the index
/// cannot give SQL's answer, as <see cref="IndexedMetrics"/> does.
/// </summary>
internal sealed class IndexedPages(EvaluationContext context, IndexCache cache, HistogramCache layouts)
{
    // Past this many rows (a page deep in a big slice) keeping every row before the page costs more than letting
    // DuckDB find it; the index still gives the total.
    private const long MostPickedRows = 50_000;

    private readonly IndexedFilters _filters = new(context, new IndexParts(context, cache), layouts);

    /// <summary>The plan of the page of <paramref name="slice"/> at <paramref name="offset"/>; null to use SQL.</summary>
    public PagePlan? TryPlan(SliceQuery slice, Predicate? filter, string? model, string? transform, string? sort, bool descending, long offset,
        int limit, Func<DuckDBConnection> connection)
    {
        if (cache.Budget <= 0)
            return null;
        var view = slice.View;
        var rows = context.Instances.Rows;
        if (_filters.Parts.Filling(view, (filter?.Columns() ?? []).Concat(sort is null ? [] : [sort])))
            return null;
        try
        {
            var (set, codes) = _filters.RowSetOf(filter, model, transform, view, connection, IndexedFilters.ReadsOnlyInstances(filter, view));
            if (offset + limit <= MostPickedRows)
            {
                if (sort is null)
                    return Plan(PageKernel.InRowOrder(codes, rows, set, offset, limit));
                if (Keys(view, slice.Resolver, sort, model, transform, connection) is { } keys)
                    return Plan(PageKernel.Sorted(codes, rows, set, keys, descending, offset, limit));
            }
            return new PagePlan(SelectionKernel.Run(codes, rows, set, []).Rows, null);
        }
        catch (IndexMismatchException)
        {
            return null;
        }
    }

    private static PagePlan Plan((long Total, long[] Rows) page) => new(page.Total, page.Rows);

    // The sort column's values, where doubles order them as DuckDB orders the column.
    private SortKeys? Keys(InstanceView view, ViewColumnResolver resolver, string sort, string? model, string? transform, Func<DuckDBConnection> connection)
    {
        if (view.Find(sort) is not { } column || !SortKeys.Orderable(column.SqlType))
            return null;
        // A data column's values are the same in every model's view.
        var viewKey = column is { Origin: ViewColumnOrigin.Data, Join: null } ? _filters.ViewKey(null, null) : _filters.ViewKey(model, transform);
        var keys = _filters.Parts.Cache.GetOrBuild(IndexKeys.Sort(viewKey, column.SqlExpression),
            () => LoadOrRead(column, view.From([sort]), $"CAST({resolver.Resolve(sort).Expression} AS DOUBLE)", connection));
        return keys.Exact(column.SqlType) ? keys : null;
    }

    // Keys a previous start wrote are read from disk (at 10M rows, DuckDB takes about a second to hand them over);
    // the rest are read from DuckDB and written for the next start.
    private SortKeys LoadOrRead(ViewColumn column, string from, string value, Func<DuckDBConnection> connection)
    {
        var rows = context.Instances.Rows;
        var files = CodeFiles.Of(context.Store, _filters.Parts.Cache);
        var id = IndexKeys.SortFile(context, column, from, value, rows);
        if (files?.TryLoadSortKeys(id, rows) is { } loaded)
            return loaded;
        var (values, present) = IndexQueries.Numbers(connection(), from, new SqlParameters(), value, rows);
        var keys = new SortKeys(values, present);
        files?.Save(id, keys, rows);
        files?.Clean(IndexKeys.CodeFileGenerations(context), new HashSet<string> { id.Name });
        return keys;
    }
}
