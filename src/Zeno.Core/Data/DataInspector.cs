using System.Globalization;
using DuckDB.NET.Data;
using Zeno.Core.Errors;

namespace Zeno.Core.Data;

/// <summary>A column of a data file as <c>zeno init</c> sees it: type, profile and a few example values.</summary>
public sealed record InspectedColumn(ColumnInfo Column, ColumnProfile Profile, IReadOnlyList<string> Examples);

/// <summary>Reads a data file with DuckDB (in memory, nothing cached) and profiles its columns, for <c>zeno init</c>.</summary>
public static class DataInspector
{
    /// <summary>Profiles every column of <paramref name="path"/>; also returns the row count.</summary>
    public static (long Rows, IReadOnlyList<InspectedColumn> Columns) Inspect(string path)
    {
        if (!File.Exists(path))
            throw new ZenoException($"data file not found: {path}");
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = $"CREATE TABLE inspected AS SELECT * FROM {DataFormats.TableFunction(DataFormats.Detect(path), "$path")}";
            create.Parameters.Add(new DuckDBParameter("path", Path.GetFullPath(path)));
            try
            {
                create.ExecuteNonQuery();
            }
            catch (DuckDBException e)
            {
                throw new ZenoException($"cannot read {path}: {e.Message}", e);
            }
        }
        long rows;
        using (var count = connection.CreateCommand())
        {
            count.CommandText = "SELECT count(*) FROM inspected";
            rows = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        var columns = ColumnProfiler.ProfileAll(connection, "inspected", InstanceLoader.Describe(connection, "inspected"), rows)
            .Select(profiled => new InspectedColumn(profiled.Column with { Type = TypeInference.Infer(profiled.Profile) }, profiled.Profile,
                Examples(connection, profiled.Column.Name)))
            .ToList();
        return (rows, columns);
    }

    private static IReadOnlyList<string> Examples(DuckDBConnection connection, string column)
    {
        using var command = connection.CreateCommand();
        var quoted = Query.Sql.Sql.QuoteIdentifier(column);
        command.CommandText = $"SELECT DISTINCT CAST({quoted} AS VARCHAR) FROM inspected WHERE {quoted} IS NOT NULL LIMIT 3";
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(reader.GetString(0));
        return values;
    }
}
