using Zeno.Core.Config;

namespace Zeno.Core.Data;

/// <summary>A column of the instance table as the rest of Zeno sees it: name, storage type and Zeno type.</summary>
/// <param name="Name">The column's name as the user writes it.</param>
/// <param name="SqlType">Its DuckDB type.</param>
/// <param name="Type">How Zeno treats it (inferred, or overridden in zeno.toml).</param>
public sealed record ColumnInfo(string Name, string SqlType, ColumnType Type);

/// <summary>The loaded instance table.</summary>
/// <param name="Rows">Number of instances.</param>
/// <param name="IdColumn">The id column (configured, or generated).</param>
/// <param name="GeneratedIds">True when Zeno generated the ids because the config named no id column.</param>
/// <param name="Columns">The data columns, in file order (the id column included, zeno_row not).</param>
/// <param name="DataVersion">A hash of the data file's bytes: every cached result depends on it.</param>
public sealed record InstanceTable(long Rows, string IdColumn, bool GeneratedIds, IReadOnlyList<ColumnInfo> Columns, string DataVersion)
{
    /// <summary>The store table's name.</summary>
    public const string TableName = "instances";

    /// <summary>The hidden 0-based row number that every computed column joins on.</summary>
    public const string RowColumn = "zeno_row";

    /// <summary>The column with this name, or null.</summary>
    public ColumnInfo? Find(string name) => Columns.FirstOrDefault(column => column.Name == name);
}
