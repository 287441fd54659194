using DuckDB.NET.Data;
using Microsoft.Data.Analysis;

namespace Zeno.Core.Data;

/// <summary>
/// Runs a query into DataFrames: a DuckDB vector at a time (<see cref="VectorReader"/>) when its parameters and
/// columns allow, otherwise value by value through DuckDB.NET's reader (<see cref="DataFrameReader"/>). Either way the
/// frames are the same.
/// </summary>
internal static class FrameQuery
{
    /// <summary>Every row of the result as one frame (with typed, empty columns when there are none).</summary>
    public static DataFrame ReadAll(DuckDBConnection connection, string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        using (var vectors = VectorReader.TryOpen(connection, sql, parameters))
            if (vectors is not null)
                return vectors.ReadAll();
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        return DataFrameReader.Read(reader);
    }

    /// <summary>
    /// The result in frames of <paramref name="maxRows"/> rows without the first <paramref name="skipColumns"/>
    /// columns; <paramref name="firstColumn"/>, when given, sees the first column's value of every row (a BIGINT).
    /// </summary>
    public static IEnumerable<DataFrame> Batches(DuckDBConnection connection, string sql, IReadOnlyList<(string Name, object? Value)> parameters,
        int maxRows, int skipColumns = 0, Action<long>? firstColumn = null)
    {
        using (var vectors = VectorReader.TryOpen(connection, sql, parameters))
        {
            if (vectors is not null)
            {
                while (vectors.ReadBatch(maxRows, skipColumns, firstColumn) is { } batch)
                    yield return batch;
                yield break;
            }
        }
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        while (DataFrameReader.ReadBatch(reader, maxRows, skipColumns, firstColumn is null ? null : row => firstColumn(row.GetInt64(0))) is { } batch)
            yield return batch;
    }

    private static DuckDBCommand Command(DuckDBConnection connection, string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        return command;
    }
}
