using System.Globalization;
using DuckDB.NET.Data;
using Zeno.Core.Config;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Sql;

namespace Zeno.Core.Query.Histograms;

/// <summary>Measures a column over every instance of a view (one query) and lays out its buckets.</summary>
internal static class LayoutProfiler
{
    /// <summary>The layout of a column of Zeno type <paramref name="type"/>, read as <paramref name="column"/> from <paramref name="from"/>.</summary>
    public static ColumnLayout Measure(DuckDBConnection connection, ResolvedColumn column, ColumnType type, string from, int topValues, int bins) =>
        (type, column.Storage) switch
        {
            (ColumnType.Text, _) or (_, StorageKind.Other) => new PresenceLayout(type),
            (ColumnType.Continuous, StorageKind.Numeric) => Range(connection, column, from, bins),
            (ColumnType.Datetime, StorageKind.Timestamp) => Time(connection, column, from),
            (ColumnType.Boolean, StorageKind.Boolean) => new ValueLayout([new FilterValue.Bool(true), new FilterValue.Bool(false)], ColumnType.Boolean),
            // Nominal, and types whose values are stored otherwise (numbers or dates as text, "yes"/"no"): bars per value.
            _ => new ValueLayout(TopValues(connection, column, from, topValues), type == ColumnType.Boolean ? ColumnType.Boolean : ColumnType.Nominal),
        };

    // Edges over the finite values only: NaN and infinities would make every bin infinitely wide.
    private static RangeLayout Range(DuckDBConnection connection, ResolvedColumn column, string from, int bins)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT min(v) FILTER (WHERE isfinite(v)), max(v) FILTER (WHERE isfinite(v)), coalesce(bool_and(v = floor(v)) FILTER (WHERE isfinite(v)), true)
            FROM (SELECT CAST({column.Expression} AS DOUBLE) AS v FROM {from})
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        // A column without a finite value still gets one bin, which holds whatever it has.
        return reader.IsDBNull(0)
            ? new RangeLayout(BinSpec.For(0, 0, integral: true))
            : new RangeLayout(BinSpec.For(reader.GetDouble(0), reader.GetDouble(1), reader.GetBoolean(2), bins));
    }

    private static TimeLayout Time(DuckDBConnection connection, ResolvedColumn column, string from)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT min(v) FILTER (WHERE isfinite(v)), max(v) FILTER (WHERE isfinite(v)), coalesce(bool_and(v = date_trunc('day', v)) FILTER (WHERE isfinite(v)), true)
            FROM (SELECT CAST({column.Expression} AS TIMESTAMP) AS v FROM {from})
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return reader.IsDBNull(0)
            ? new TimeLayout(DateBinSpec.For(DateTime.UnixEpoch, DateTime.UnixEpoch, dateOnly: true))
            : new TimeLayout(DateBinSpec.For(reader.GetDateTime(0), reader.GetDateTime(1), reader.GetBoolean(2)));
    }

    // By total frequency, ties by value, so the same data always gives the same bars.
    private static List<FilterValue> TopValues(DuckDBConnection connection, ResolvedColumn column, string from, int topValues)
    {
        var value = column.Storage == StorageKind.Timestamp ? $"CAST({column.Expression} AS TIMESTAMP)" : column.Expression;
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {value} AS v, count(*) AS n FROM {from} WHERE {value} IS NOT NULL GROUP BY v ORDER BY n DESC, v "
            + $"LIMIT {topValues.ToString(CultureInfo.InvariantCulture)}";
        using var reader = command.ExecuteReader();
        var values = new List<FilterValue>();
        while (reader.Read())
        {
            // Values that have no literal (NaN) or collapse onto another one as doubles stay in "other".
            if (Literal(reader.GetValue(0), column.Storage) is { } literal && !values.Contains(literal))
                values.Add(literal);
        }
        return values;
    }

    private static FilterValue? Literal(object value, StorageKind storage) => (storage, value) switch
    {
        (StorageKind.Numeric, _) when Convert.ToDouble(value, CultureInfo.InvariantCulture) is var d => double.IsFinite(d) ? new FilterValue.Number(d) : null,
        (StorageKind.Boolean, bool b) => new FilterValue.Bool(b),
        (StorageKind.Timestamp, DateTime t) => new FilterValue.Date(t),
        (StorageKind.String, string s) => new FilterValue.Text(s),
        _ => new FilterValue.Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };
}
