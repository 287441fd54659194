using Zeno.Core.Config;

namespace Zeno.Core.Query.Sql;

/// <summary>A column a filter may read: its user-facing name, the SQL that reads it, and its types.</summary>
/// <param name="Name">The name users write, as shown in errors.</param>
/// <param name="Expression">The SQL expression that reads it, e.g. <c>"t"."mean radius"</c>; written into queries as is.</param>
/// <param name="Type">How Zeno treats it (histogram, widgets).</param>
/// <param name="Storage">How DuckDB stores it, which decides how values are bound.</param>
public sealed record ResolvedColumn(string Name, string Expression, ColumnType Type, StorageKind Storage)
{
    /// <summary>A column read by its quoted name, optionally qualified by a quoted table alias.</summary>
    public static ResolvedColumn Quoted(string name, ColumnType type, StorageKind storage, string? table = null) =>
        new(name, (table is null ? "" : Sql.QuoteIdentifier(table) + ".") + Sql.QuoteIdentifier(name), type, storage);
}
