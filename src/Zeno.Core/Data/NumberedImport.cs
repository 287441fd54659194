using DuckDB.NET.Data;

namespace Zeno.Core.Data;

/// <summary>
/// The query that reads a data file with each row's 0-based position in the file in front, in one streaming pass.
/// Numbering by a window ordered over the whole table (or sorting it) would hold every column of every row in memory
/// at once — gigabytes at 10M rows — where these plans keep a few row groups: Parquet numbers its rows itself
/// (file_row_number, read in parallel); other formats number them with row_number() OVER (), which DuckDB streams in
/// the reader's order (insertion order is preserved).
/// </summary>
internal static class NumberedImport
{
    // Parquet's own row-number column; a file with a column of that name is numbered the general way.
    private const string ParquetRowNumber = "file_row_number";

    /// <summary>SELECT text reading the file bound to <paramref name="pathParameter"/> as <paramref name="rowColumn"/>, then its columns.</summary>
    public static string Select(DuckDBConnection connection, DataFormat format, string pathParameter, string path, string rowColumn)
    {
        if (format == DataFormat.Parquet && !HasColumn(connection, path, ParquetRowNumber))
            return $"SELECT {ParquetRowNumber} AS {rowColumn}, * EXCLUDE ({ParquetRowNumber}) FROM read_parquet({pathParameter}, file_row_number = true)";
        return $"SELECT (row_number() OVER () - 1) AS {rowColumn}, * FROM {DataFormats.TableFunction(format, pathParameter)}";
    }

    // The schema comes from the file's footer: nothing is read but metadata.
    private static bool HasColumn(DuckDBConnection connection, string path, string column)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM parquet_schema($path) WHERE name = $column";
        command.Parameters.Add(new DuckDBParameter("path", path));
        command.Parameters.Add(new DuckDBParameter("column", column));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
