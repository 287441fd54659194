using Zeno.Core.Config;
using Zeno.Core.Data;
using Zeno.Core.Query.Sql;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Evaluation;

/// <summary>
/// Resolves filter column names against one <see cref="InstanceView"/>: data columns, "output" and the per-model and
/// distilled columns of the view's model — so a slice that names "output" means the model being evaluated.
/// </summary>
public sealed class ViewColumnResolver(InstanceView view, InstanceTable table) : IColumnResolver
{
    /// <inheritdoc />
    public ResolvedColumn Resolve(string name)
    {
        var column = view.Find(name) ?? throw new UnknownColumnException(name, view.Columns.Select(c => c.Name).ToList());
        return new ResolvedColumn(name, column.SqlExpression, TypeOf(column), StorageOf(column.SqlType));
    }

    /// <inheritdoc />
    public ResolvedColumn ResolveId() => Resolve(table.IdColumn);

    /// <summary>The Zeno type of a view column: inferred for data columns, from the stored type for computed ones.</summary>
    public ColumnType TypeOf(ViewColumn column) =>
        column.Origin == ViewColumnOrigin.Data && table.Find(column.Name) is { } data
            ? data.Type
            : StorageOf(column.SqlType) switch
            {
                StorageKind.Boolean => ColumnType.Boolean,
                StorageKind.Timestamp => ColumnType.Datetime,
                StorageKind.Numeric when column.SqlType is "DOUBLE" => ColumnType.Continuous,
                _ => ColumnType.Nominal,
            };

    /// <summary>How values of a DuckDB type are stored, for coercing filter values.</summary>
    public static StorageKind StorageOf(string sqlType)
    {
        var upper = sqlType.ToUpperInvariant();
        if (TypeInference.IsNumeric(upper))
            return StorageKind.Numeric;
        if (upper == "BOOLEAN")
            return StorageKind.Boolean;
        if (upper.StartsWith("TIMESTAMP", StringComparison.Ordinal) || upper == "DATE")
            return StorageKind.Timestamp;
        return upper == "VARCHAR" ? StorageKind.String : StorageKind.Other;
    }
}
