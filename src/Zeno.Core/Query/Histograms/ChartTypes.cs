using DuckDB.NET.Data;
using Zeno.Core.Config;
using Zeno.Core.Data;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Sql;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Histograms;

/// <summary>
/// The Zeno type of a view column. Data columns keep their inferred (or configured) type. Computed columns (outputs,
/// model columns, distills) have only a stored type, which is too crude for a chart: a BIGINT word count is
/// continuous, a BIGINT rating with 3 values nominal, a VARCHAR transcript free text. So they are profiled and typed
/// by the same rules as data columns, once per version of the data and of the computed columns.
/// </summary>
internal static class ChartTypes
{
    public static ColumnType TypeOf(EvaluationContext context, InstanceView view, ViewColumn column, string? model, string? transform,
        HistogramCache cache, Func<DuckDBConnection> connection)
    {
        var resolver = new ViewColumnResolver(view, context.Instances);
        if (column.Origin == ViewColumnOrigin.Data || ViewColumnResolver.StorageOf(column.SqlType) == StorageKind.Other)
            return resolver.TypeOf(column);
        // An output read straight from a data column has that column's values, which the import already typed.
        if (OutputDataColumn(context, column, model, transform) is { } source)
            return source.Type;
        var key = HistogramKeys.Of("type", context, column, model, transform);
        return cache.GetOrAdd(key, () => new Boxed(Stored(context.Store, key) ?? Measure(context.Store, key, connection(), view, column, context.Instances.Rows))).Type;
    }

    private static Data.ColumnInfo? OutputDataColumn(EvaluationContext context, ViewColumn column, string? model, string? transform) =>
        column is { Origin: ViewColumnOrigin.Output, Join: null } && model is not null && transform is null
        && context.Sources.OutputDataColumns.TryGetValue(model, out var name)
            ? context.Instances.Find(name)
            : null;

    private static ColumnType? Stored(ZenoStore store, string key) =>
        Enum.TryParse<ColumnType>(store.CachedMeasure(key), out var type) ? type : null;

    // Profiling a computed column reads up to 200K rows through a join: seconds at a million rows, so the answer is
    // kept with the store and a warm start does not profile again.
    private static ColumnType Measure(ZenoStore store, string key, DuckDBConnection connection, InstanceView view, ViewColumn column, long rows)
    {
        var type = Infer(connection, view, column, rows);
        store.CacheMeasure(key, type.ToString());
        return type;
    }

    private static ColumnType Infer(DuckDBConnection connection, InstanceView view, ViewColumn column, long rows)
    {
        // The profiler reads a quoted column of a table: the computed column as "value" of a subquery.
        var table = $"(SELECT {column.SqlExpression} AS value FROM {view.From([column.Name])})";
        return TypeInference.Infer(ColumnProfiler.Profile(connection, table, "value", column.SqlType, rows));
    }

    private sealed record Boxed(ColumnType Type);
}
