using System.Data.Common;
using DuckDB.NET.Data;
using Zeno.Core.Store;

namespace Zeno.Core.State;

/// <summary>Parameterized statements and row mapping for the state tables; values are always bound, never spliced.</summary>
internal static class StateSql
{
    public static void Execute(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        ZenoStore.Execute(connection, sql, parameters);

    public static List<T> Query<T>(DuckDBConnection connection, string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.Add(new DuckDBParameter(name, value));
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(map(reader));
        return rows;
    }

    /// <summary>
    /// Whether another row of <paramref name="table"/> (a constant of this folder, never user text) has the name;
    /// charts pass their report, since their names are unique per report. Counting in SQL spares parsing every row.
    /// </summary>
    public static bool NameTaken(DuckDBConnection connection, string table, string name, string? exceptId, string? reportId = null)
    {
        var sql = $"SELECT count(*) FROM {table} WHERE name = $name AND id <> $except" + (reportId is null ? "" : " AND report_id = $report");
        (string, object?)[] parameters = reportId is null
            ? [("name", name), ("except", exceptId ?? "")]
            : [("name", name), ("except", exceptId ?? ""), ("report", reportId)];
        return Query(connection, sql, r => r.GetInt64(0), parameters)[0] > 0;
    }

    public static string? NullableString(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
