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
        // An output read from a data column has that column's type, inferred at import: profiling it again drew a
        // sample of every row on each start (seconds at 10M rows) to learn the same thing.
        if (column is { Origin: ViewColumnOrigin.Output, Table: null } && model is not null && transform is null
            && context.Sources.OutputDataColumns.TryGetValue(model, out var source) && context.Instances.Find(source) is { } data)
            return data.Type;
        var key = HistogramKeys.Of("type", context, column, model, transform);
        return cache.GetOrAdd(key, () => new Boxed(Infer(connection(), view, column, context.Instances.Rows))).Type;
    }

    private static ColumnType Infer(DuckDBConnection connection, InstanceView view, ViewColumn column, long rows)
    {
        // The profiler reads a quoted column of a table: the computed column as "value" of a subquery.
        var table = $"(SELECT {column.SqlExpression} AS value FROM {view.From([column.Name])})";
        return TypeInference.Infer(ColumnProfiler.Profile(connection, table, "value", column.SqlType, rows));
    }

    private sealed record Boxed(ColumnType Type);
}
