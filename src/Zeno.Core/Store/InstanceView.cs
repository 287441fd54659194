using Zeno.Core.Data;
using Zeno.Core.Query.Sql;

namespace Zeno.Core.Store;

/// <summary>Where a column of an <see cref="InstanceView"/> comes from.</summary>
public enum ViewColumnOrigin
{
    /// <summary>The data file.</summary>
    Data,
    /// <summary>The selected model's output.</summary>
    Output,
    /// <summary>An extra column of the selected model.</summary>
    ModelColumn,
    /// <summary>A distilled column.</summary>
    Distill,
}

/// <summary>A column as the user names it, with the SQL expression that reads it in an <see cref="InstanceView"/>.</summary>
/// <param name="Name">The name users write.</param>
/// <param name="SqlExpression">The expression that reads it.</param>
/// <param name="SqlType">Its DuckDB type.</param>
/// <param name="Origin">Where it comes from.</param>
/// <param name="Join">The LEFT JOIN clause that brings its table in, or null for columns of the instance table.</param>
public sealed record ViewColumn(string Name, string SqlExpression, string SqlType, ViewColumnOrigin Origin, string? Join = null)
{
    /// <summary>The store table of a computed column (null for columns of the instance table).</summary>
    public string? Table { get; init; }
}

/// <summary>Where each model's outputs live when they are not computed columns: a column of the data table.</summary>
/// <param name="DataColumn">The raw-instance column that a transform replaces.</param>
/// <param name="OutputDataColumns">Model name → data-table column holding its output.</param>
public sealed record ViewSources(string? DataColumn, IReadOnlyDictionary<string, string> OutputDataColumns);

/// <summary>
/// The instances as one model and transform see them: the data columns (the data column replaced by the transform's
/// instances), the model's output as "output", its extra columns and the distills — each a SQL expression over one
/// FROM clause that joins the computed-column tables on zeno_row. The pipeline reads batches through it and the query
/// engine filters, groups and sorts through it, so both agree on what a column name means.
/// </summary>
public sealed class InstanceView
{
    /// <summary>The alias of the instance table in <see cref="FromSql"/>.</summary>
    public const string InstanceAlias = "i";

    /// <summary>The name under which the selected model's output appears.</summary>
    public const string OutputName = "output";

    private InstanceView(IReadOnlyList<ViewColumn> columns)
    {
        Columns = columns;
        FromSql = From(columns.Select(column => column.Name));
    }

    /// <summary>The FROM clause with every column's table (without the keyword).</summary>
    public string FromSql { get; }

    /// <summary>
    /// A FROM clause that joins only the tables of the named columns: a metric reading label and output does not pay
    /// for joining every distilled column.
    /// </summary>
    public string From(IEnumerable<string> names)
    {
        var wanted = names.ToHashSet();
        var joins = Columns.Where(column => column.Join is not null && wanted.Contains(column.Name)).Select(column => column.Join);
        return string.Join(" ", new[] { $"{InstanceTable.TableName} {InstanceAlias}" }.Concat(joins));
    }

    /// <summary>The columns by user-facing name, data columns first.</summary>
    public IReadOnlyList<ViewColumn> Columns { get; }

    /// <summary>The expression of the 0-based row number.</summary>
    public static string RowExpression => $"{InstanceAlias}.{InstanceTable.RowColumn}";

    /// <summary>Every column as "expression AS name", for reading whole rows (function batches, metric slices).</summary>
    public string SelectAll() =>
        string.Join(", ", Columns.Select(column => $"{column.SqlExpression} AS {Sql.QuoteIdentifier(column.Name)}"));

    /// <summary>The named columns as "expression AS name", in view order (names the view lacks are left out).</summary>
    public string Select(IReadOnlyCollection<string> names) =>
        string.Join(", ", Columns.Where(column => names.Contains(column.Name))
            .Select(column => $"{column.SqlExpression} AS {Sql.QuoteIdentifier(column.Name)}"));

    /// <summary>The column with a name, or null.</summary>
    public ViewColumn? Find(string name) => Columns.FirstOrDefault(column => column.Name == name);

    /// <summary>
    /// The columns a function's frame gets: those its code reads (<paramref name="reads"/>, names the view lacks left
    /// out), or every column when it may read any (null). A frame needs one column to have rows, so a function that
    /// reads none (only the row count) gets <paramref name="idColumn"/>.
    /// </summary>
    public IReadOnlyList<string> ColumnsFor(IReadOnlyCollection<string>? reads, string idColumn)
    {
        if (reads is null)
            return [.. Columns.Select(column => column.Name)];
        var names = Columns.Select(column => column.Name).Where(reads.Contains).ToList();
        return names.Count > 0 ? names : [idColumn];
    }

    /// <summary>Builds the view of <paramref name="model"/> (null: no model) on <paramref name="transform"/> (null: originals).</summary>
    public static InstanceView Build(InstanceTable table, IReadOnlyList<ManifestEntry> manifest, ViewSources sources,
        string? model, string? transform, bool includeDistills = true)
    {
        var joined = 0;
        ViewColumn Computed(string name, ManifestEntry entry, ViewColumnOrigin origin)
        {
            var alias = $"c{joined++}";
            return new ViewColumn(name, $"{alias}.value", StoredTypes.SqlType(entry.ValueType), origin,
                $"LEFT JOIN {entry.TableName} {alias} ON {alias}.{InstanceTable.RowColumn} = {RowExpression}") { Table = entry.TableName };
        }
        ManifestEntry? Entry(ColumnKind kind, string name, string? m, string? t) =>
            manifest.FirstOrDefault(entry => entry.Key == new ColumnKey(kind, name, m, t));

        var columns = new List<ViewColumn>();
        foreach (var column in table.Columns)
        {
            var transformed = transform is not null && column.Name == sources.DataColumn
                ? Entry(ColumnKind.TransformData, transform, null, null)
                : null;
            columns.Add(transformed is null
                ? new ViewColumn(column.Name, $"{InstanceAlias}.{Sql.QuoteIdentifier(column.Name)}", column.SqlType, ViewColumnOrigin.Data)
                : Computed(column.Name, transformed, ViewColumnOrigin.Data));
        }
        if (model is not null)
        {
            if (Entry(ColumnKind.Output, OutputName, model, transform) is { } output)
                columns.Add(Computed(OutputName, output, ViewColumnOrigin.Output));
            else if (transform is null && sources.OutputDataColumns.TryGetValue(model, out var dataColumn) && table.Find(dataColumn) is { } source)
                columns.Add(new ViewColumn(OutputName, $"{InstanceAlias}.{Sql.QuoteIdentifier(dataColumn)}", source.SqlType, ViewColumnOrigin.Output));
            foreach (var entry in manifest.Where(e => e.Key.Kind == ColumnKind.ModelColumn && e.Key.Model == model && e.Key.Transform == transform))
                columns.Add(Computed(entry.Key.Name, entry, ViewColumnOrigin.ModelColumn));
        }
        if (includeDistills)
        {
            foreach (var entry in manifest.Where(e => e.Key.Kind == ColumnKind.Distill && e.Key.Model is null && e.Key.Transform is null))
                columns.Add(Computed(entry.Key.Name, entry, ViewColumnOrigin.Distill));
            if (model is not null)
                foreach (var entry in manifest.Where(e => e.Key.Kind == ColumnKind.Distill && e.Key.Model == model && e.Key.Transform == transform))
                    columns.Add(Computed(entry.Key.Name, entry, ViewColumnOrigin.Distill));
        }
        return new InstanceView(columns);
    }
}
