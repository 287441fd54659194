using System.Globalization;
using DuckDB.NET.Data;
using Zeno.Core.Errors;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Index;
using Zeno.Core.Query.Sql;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Rows;

/// <summary>
/// Reads instances for the instance view: pages of a slice as a model and transform see it, sorted by any column,
/// optionally beside a second model's output; and single instances by id. Filters compile through
/// <see cref="SliceQuery"/>, so a page holds exactly the rows the slice's metric counts; column names are checked
/// against the view and values are bound as parameters.
/// </summary>
public static class RowQuery
{
    /// <summary>The most rows one page may hold: enough for any screen, small enough to answer fast on any table.</summary>
    public const int MaxLimit = 1000;

    /// <summary>The column with model B's output in a comparison.</summary>
    public const string CompareOutputName = "output (B)";

    /// <summary>The comparison's difference column: A − B for numeric outputs, otherwise whether A ≠ B.</summary>
    public const string DifferenceName = "difference";

    /// <summary>
    /// One page of <paramref name="request"/>'s slice. With <see cref="RowPageRequest.CompareModel"/>, the filter is
    /// evaluated on model A's view (<see cref="RowPageRequest.Model"/>: "output" in a filter means A's output) and B's
    /// output is joined by row; the page gains <see cref="CompareOutputName"/> and <see cref="DifferenceName"/>.
    /// <see cref="RowPageRequest.OnlyDifferent"/> keeps the rows where the two outputs differ (the total counts those).
    /// Rows are sorted by the sort column (missing values last), ties and unsorted pages in the data's row order.
    /// </summary>
    public static RowPage Page(EvaluationContext context, RowPageRequest request) =>
        Page(context, request, QueryPath.Auto, IndexCache.Shared, HistogramCache.Shared);

    /// <summary>One page, with the binned index's help where <paramref name="path"/> allows (tests compare the paths).</summary>
    internal static RowPage Page(EvaluationContext context, RowPageRequest request, QueryPath path, IndexCache index, HistogramCache layouts)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        RowChecks.Paging(request.Offset, request.Limit);
        RowChecks.Model(context, request.Model);
        RowChecks.Transform(context, request.Transform);
        if (request.CompareModel is not null)
        {
            if (request.Model is null)
                throw new ZenoException("comparing models needs a first model (A) as well as the second (B).");
            RowChecks.Model(context, request.CompareModel, "model to compare with");
        }

        var slice = SliceQuery.Create(context, request.Filter, request.Model, request.Transform);
        var comparison = request.CompareModel is null ? null : RowComparison.Create(context, slice.View, request.CompareModel, request.Transform);
        string[] special = comparison is null ? [] : [CompareOutputName, DifferenceName];
        var columns = RowColumns.Select(context, slice.View, request.Columns, special);
        var sort = SortExpression(slice.View, request.Sort, comparison, special);

        if (request.OnlyDifferent && comparison is null)
            throw new ZenoException("only the rows where the models differ needs a model to compare with (B).");
        // Only-different rows need B's output joined to be counted too; other counts stay join-free.
        var onlyDifferent = request.OnlyDifferent ? comparison : null;
        var where = onlyDifferent is null ? slice.Where : $"({slice.Where}) AND {onlyDifferent.Differs}";

        var fields = columns.Select(column => (column.Name, column.SqlExpression)).ToList();
        if (comparison is not null)
            fields.InsertRange(RowColumns.LeadingCount(context, columns), [(CompareOutputName, comparison.Output), (DifferenceName, comparison.Difference)]);
        var names = fields.Select(field => field.Name).ToList();

        // The rows are chosen reading only what the filter and the sort key need: B's output (and A's, which the lean
        // FROM joins only when asked for) when comparing or sorting by the comparison's columns.
        var sortReadsComparison = comparison is not null && request.Sort is CompareOutputName or DifferenceName;
        var readsComparison = onlyDifferent is not null || sortReadsComparison;
        var keyColumns = new List<string>();
        if (request.Sort is not null && !sortReadsComparison)
            keyColumns.Add(request.Sort);
        if (readsComparison && slice.View.Find(InstanceView.OutputName) is not null)
            keyColumns.Add(InstanceView.OutputName);
        var matchesFrom = $"{slice.From(keyColumns)} {(readsComparison ? comparison!.Join : "")}";

        var read = columns.Select(column => column.Name).Concat(keyColumns).ToList();
        using var connection = context.Store.OpenReader();
        RowPage PageOf(long total, string pageWhere)
        {
            if (request.Limit == 0 || total <= request.Offset)
                return new RowPage(total, names, [], comparison?.Kind);
            var order = sort is null
                ? InstanceView.RowExpression
                : $"{sort} {(request.Descending ? "DESC" : "ASC")} NULLS LAST, {InstanceView.RowExpression}";
            using var page = connection.CreateCommand();
            // Offset and limit are checked integers, not user text, so they are written into the SQL as numbers.
            page.CommandText = $"SELECT {string.Join(", ", fields.Select(field => field.SqlExpression))} FROM {slice.From(read)} {comparison?.Join} " +
                $"WHERE {pageWhere} ORDER BY {order} LIMIT {request.Limit.ToString(CultureInfo.InvariantCulture)} OFFSET {request.Offset.ToString(CultureInfo.InvariantCulture)}";
            slice.Parameters.ApplyTo(page);
            return new RowPage(total, names, ReadRows(page, names), comparison?.Kind);
        }

        // The index counts the slice without a scan and finds the rows of an unsorted page or one sorted by a number,
        // which DuckDB then only fetches.
        if (path != QueryPath.Sql && !readsComparison)
        {
            var plan = new IndexedPages(context, index, layouts).TryPlan(slice, request.Filter, request.Model, request.Transform, request.Sort,
                request.Descending, request.Offset, request.Limit, () => connection);
            if (plan is { Rows: { } planned } && Fetch(connection, slice, read, comparison, fields, planned) is { } fetched)
                return new RowPage(plan.Total, names, fetched, comparison?.Kind);
            if (plan is not null)
                return PageOf(plan.Total, where);
        }
        if (path == QueryPath.Index)
            throw new InvalidOperationException("the binned index declined a page it was required to plan");

        // One scan serves the total and the page when the page has to sort the filter's rows anyway. Without a filter
        // the total is the table's (free) and without a sort the page ends at its last row, so two queries cost less.
        if (request.Limit > 0 && sort is not null && where != SliceQuery.Everything)
        {
            using var command = connection.CreateCommand();
            command.CommandText = RowPageSql.Page(matchesFrom, where, sort, request.Descending, fields.Select(field => field.SqlExpression),
                $"{slice.View.From(read)} {comparison?.Join}", request.Limit, request.Offset);
            slice.Parameters.ApplyTo(command);
            var (pageTotal, rows) = ReadPage(command, names);
            // A page past the end (or of an empty slice) has no row to carry the total.
            if (rows.Count > 0)
                return new RowPage(pageTotal, names, rows, comparison?.Kind);
        }

        using var count = connection.CreateCommand();
        count.CommandText = $"SELECT count(*) FROM {matchesFrom} WHERE {where}";
        slice.Parameters.ApplyTo(count);
        return PageOf(Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture), where);
    }

    // The rows at the given zeno_rows, in that order, picked by rowid so DuckDB reads only them; null where the table's
    // rowids are not its zeno_rows (then SQL finds the page itself).
    private static List<IReadOnlyDictionary<string, object?>>? Fetch(DuckDBConnection connection, SliceQuery slice, IReadOnlyList<string> read,
        RowComparison? comparison, IReadOnlyList<(string Name, string SqlExpression)> fields, IReadOnlyList<long> rows)
    {
        if (rows.Count == 0)
            return [];
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {InstanceView.RowExpression}, {string.Join(", ", fields.Select(field => field.SqlExpression))} " +
            $"FROM {slice.View.From(read)} {comparison?.Join} WHERE {InstanceView.InstanceAlias}.rowid IN (SELECT unnest($zeno_page_rows))";
        command.Parameters.Add(new DuckDBParameter("zeno_page_rows", rows.ToList()));
        var found = new Dictionary<long, IReadOnlyDictionary<string, object?>>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var row = new OrderedDictionary<string, object?>(fields.Count);
                for (var i = 0; i < fields.Count; i++)
                    row[fields[i].Name] = RowValues.ToJson(reader.IsDBNull(i + 1) ? null : reader.GetValue(i + 1));
                found[reader.GetInt64(0)] = row;
            }
        }
        return rows.All(found.ContainsKey) && found.Count == rows.Count ? [.. rows.Select(row => found[row])] : null;
    }

    /// <summary>One page; see <see cref="Page(EvaluationContext, RowPageRequest)"/>.</summary>
    public static RowPage Page(EvaluationContext context, Predicate? filter, string? model, string? transform, IReadOnlyList<string>? columns,
        string? sort, bool descending, long offset, int limit, string? compareModel = null) =>
        Page(context, new RowPageRequest
        {
            Filter = filter, Model = model, Transform = transform, Columns = columns, Sort = sort,
            Descending = descending, Offset = offset, Limit = limit, CompareModel = compareModel,
        });

    /// <summary>
    /// The instance with id <paramref name="id"/> (compared as text, so "7" finds the numeric id 7), with every column
    /// of the model's and transform's view in the order of <see cref="Page(EvaluationContext, RowPageRequest)"/>; null
    /// when no instance has that id.
    /// </summary>
    public static IReadOnlyDictionary<string, object?>? Instance(EvaluationContext context, string id, string? model, string? transform = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(id);
        RowChecks.Model(context, model);
        RowChecks.Transform(context, transform);
        var view = context.View(model, transform);
        var columns = RowColumns.Select(context, view, null, []);
        var idColumn = view.Find(context.Instances.IdColumn)
            ?? throw new UnknownColumnException(context.Instances.IdColumn, [.. view.Columns.Select(c => c.Name)]);
        var parameters = new SqlParameters();
        // Text ids compare as they are (DuckDB can then skip row groups); other ids compare through their text form.
        var idText = ViewColumnResolver.StorageOf(idColumn.SqlType) == StorageKind.String ? idColumn.SqlExpression : $"CAST({idColumn.SqlExpression} AS VARCHAR)";
        using var connection = context.Store.OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => c.SqlExpression))} FROM {view.FromSql} " +
            $"WHERE {idText} = {parameters.Add(id)} ORDER BY {InstanceView.RowExpression} LIMIT 1";
        parameters.ApplyTo(command);
        return ReadRows(command, [.. columns.Select(c => c.Name)]).SingleOrDefault();
    }

    private static string? SortExpression(InstanceView view, string? sort, RowComparison? comparison, IReadOnlyCollection<string> special)
    {
        if (sort is null)
            return null;
        if (comparison is not null && sort == DifferenceName)
            return comparison.Difference;
        if (comparison is not null && sort == CompareOutputName)
            return comparison.Output;
        return (view.Find(sort) ?? throw new UnknownColumnException(sort, [.. view.Columns.Select(c => c.Name), .. special])).SqlExpression;
    }

    // Each row of a page carries the total in front of its fields.
    private static (long Total, List<IReadOnlyDictionary<string, object?>> Rows) ReadPage(DuckDBCommand command, IReadOnlyList<string> names)
    {
        long total = 0;
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            total = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
            var row = new OrderedDictionary<string, object?>(names.Count);
            for (var i = 0; i < names.Count; i++)
                row[names[i]] = RowValues.ToJson(reader.IsDBNull(i + 1) ? null : reader.GetValue(i + 1));
            rows.Add(row);
        }
        return (total, rows);
    }

    private static List<IReadOnlyDictionary<string, object?>> ReadRows(DuckDBCommand command, IReadOnlyList<string> names)
    {
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new OrderedDictionary<string, object?>(names.Count);
            for (var i = 0; i < names.Count; i++)
                row[names[i]] = RowValues.ToJson(reader.IsDBNull(i) ? null : reader.GetValue(i));
            rows.Add(row);
        }
        return rows;
    }
}
