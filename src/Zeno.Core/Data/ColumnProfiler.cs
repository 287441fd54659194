using System.Globalization;
using DuckDB.NET.Data;
using Zeno.Core.Query.Sql;

namespace Zeno.Core.Data;

/// <summary>Measures <see cref="ColumnProfile"/>s with one SQL query per column over the whole table or a large sample.</summary>
internal static class ColumnProfiler
{
    // Beyond this many rows a reservoir sample decides: inference needs shape, not exact counts.
    private const int SampleRows = 200_000;

    public static ColumnProfile Profile(DuckDBConnection connection, string tableSql, string column, string sqlType, long rows)
    {
        var source = rows > SampleRows
            ? $"(SELECT * FROM {tableSql} USING SAMPLE reservoir({SampleRows} ROWS) REPEATABLE (42))"
            : tableSql;
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
}
