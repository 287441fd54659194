using System.Globalization;
using DuckDB.NET.Data;
using Zeno.Core.Query.Sql;

namespace Zeno.Core.Data;

/// <summary>Measures <see cref="ColumnProfile"/>s with one SQL query per column over the whole table or a large sample.</summary>
internal static class ColumnProfiler
{
    // Beyond this many rows a reservoir sample decides: inference needs shape, not exact counts.
    private const int SampleRows = 200_000;

    private const string SampleTable = "zeno_profile_sample";

    /// <summary>
    /// Profiles every column of <paramref name="columns"/>. A large table is sampled once for all of them: a reservoir
    /// sample is drawn row by row on one thread, so drawing it per column cost a full scan per column (most of the
    /// time of opening a new project).
    /// </summary>
    public static IReadOnlyList<(ColumnInfo Column, ColumnProfile Profile)> ProfileAll(DuckDBConnection connection, string table,
        IReadOnlyList<ColumnInfo> columns, long rows)
    {
        if (rows <= SampleRows)
            return [.. columns.Select(column => (column, Profile(connection, table, column.Name, column.SqlType)))];
        Execute(connection, $"CREATE OR REPLACE TEMP TABLE {SampleTable} AS SELECT * FROM {table} USING SAMPLE reservoir({SampleRows} ROWS) REPEATABLE (42)");
        try
        {
            return [.. columns.Select(column => (column, Profile(connection, SampleTable, column.Name, column.SqlType)))];
        }
        finally
        {
            Execute(connection, $"DROP TABLE IF EXISTS {SampleTable}");
        }
    }

    /// <summary>Profiles one column of <paramref name="tableSql"/> (a table or a subquery reading little more than that column).</summary>
    public static ColumnProfile Profile(DuckDBConnection connection, string tableSql, string column, string sqlType, long rows) =>
        Profile(connection, rows > SampleRows ? $"(SELECT * FROM {tableSql} USING SAMPLE reservoir({SampleRows} ROWS) REPEATABLE (42))" : tableSql,
            column, sqlType);

    private static ColumnProfile Profile(DuckDBConnection connection, string source, string column, string sqlType)
    {
        var c = Sql.QuoteIdentifier(column);
        var isText = sqlType.Equals("VARCHAR", StringComparison.OrdinalIgnoreCase);
        var textCounts = isText
            ? $$"""
              count(*) FILTER (WHERE lower(trim({{c}})) IN ('true', 'false', 'yes', 'no')),
              count(try_cast(trim({{c}}) AS DOUBLE)),
              count(*) FILTER (WHERE regexp_matches(trim({{c}}), '^\d{4}-\d{2}-\d{2}') AND try_cast(trim({{c}}) AS TIMESTAMP) IS NOT NULL),
              count(*) FILTER (WHERE contains({{c}}, ' ')),
              coalesce(avg(length({{c}})), 0)
              """
            : "0, 0, 0, 0, 0";
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count({c}), count(DISTINCT {c}), {textCounts} FROM {source}";
        using var reader = command.ExecuteReader();
        reader.Read();
        long Long(int i) => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
        return new ColumnProfile(column, sqlType, Long(0), Long(1), Long(2), Long(3), Long(4), Long(5),
            Convert.ToDouble(reader.GetValue(6), CultureInfo.InvariantCulture));
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
