using System.Globalization;
using DuckDB.NET.Data;
using Zeno.Core.Config;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Sql;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Histograms;

/// <summary>
/// Measures a column over every instance of a view (one query) and lays out its buckets. The measurement is kept with
/// the store under the layout's key (which carries the data version and, for computed columns, their fingerprints), so
/// a restarted server cuts its layouts without querying again.
/// </summary>
internal static class LayoutProfiler
{
    // Bump when a measurement's query changes what it measures, so stored ones are measured again.
    internal const string StoreKeyPrefix = "layout-measurement-v1:";

    /// <summary>
    /// The layout of a column of Zeno type <paramref name="type"/>, read as <paramref name="column"/> from
    /// <paramref name="from"/>: cut from the measurement the store kept under <paramref name="key"/>, or measured now and kept.
    /// </summary>
    public static ColumnLayout Measure(ZenoStore store, string key, Func<DuckDBConnection> connection, ResolvedColumn column, ColumnType type, string from,
        int topValues, int bins)
    {
        var expected = Expected(column, type);
        if (expected is null)
            return Layout(null, column, type, bins);
        if (LayoutMeasurement.FromJson(store.CachedMeasure(StoreKeyPrefix + key)) is { } stored && stored.GetType() == expected)
            return Layout(stored, column, type, bins);
        var measured = Measurement(connection(), column, type, from, topValues)!;
        store.CacheMeasure(StoreKeyPrefix + key, measured.ToJson());
        return Layout(measured, column, type, bins);
    }

    // The kind of measurement a column's layout is cut from; null for layouts that need none.
    private static Type? Expected(ResolvedColumn column, ColumnType type) => (type, column.Storage) switch
    {
        (ColumnType.Text, _) or (_, StorageKind.Other) => null,
        (ColumnType.Continuous, StorageKind.Numeric) => typeof(LayoutMeasurement.Range),
        (ColumnType.Datetime, StorageKind.Timestamp) => typeof(LayoutMeasurement.Time),
        (ColumnType.Boolean, StorageKind.Boolean) => null,
        _ => typeof(LayoutMeasurement.Values),
    };

    private static LayoutMeasurement? Measurement(DuckDBConnection connection, ResolvedColumn column, ColumnType type, string from, int topValues) =>
        Expected(column, type) switch
        {
            null => null,
            var kind when kind == typeof(LayoutMeasurement.Range) => Range(connection, column, from),
            var kind when kind == typeof(LayoutMeasurement.Time) => Time(connection, column, from),
            _ => new LayoutMeasurement.Values(TopValues(connection, column, from, topValues)),
        };

    private static ColumnLayout Layout(LayoutMeasurement? measurement, ResolvedColumn column, ColumnType type, int bins) => measurement switch
    {
        // A column without a finite value still gets one bin, which holds whatever it has.
        LayoutMeasurement.Range { Min: { } min, Max: { } max } range => new RangeLayout(BinSpec.For(min, max, range.Integral, bins)),
        LayoutMeasurement.Range => new RangeLayout(BinSpec.For(0, 0, integral: true)),
        LayoutMeasurement.Time { Min: { } min, Max: { } max } time => new TimeLayout(DateBinSpec.For(min, max, time.DateOnly)),
        LayoutMeasurement.Time => new TimeLayout(DateBinSpec.For(DateTime.UnixEpoch, DateTime.UnixEpoch, dateOnly: true)),
        // Nominal, and types whose values are stored otherwise (numbers or dates as text, "yes"/"no"): bars per value.
        LayoutMeasurement.Values values => new ValueLayout(values.Top, type == ColumnType.Boolean ? ColumnType.Boolean : ColumnType.Nominal),
        _ when type == ColumnType.Boolean && column.Storage == StorageKind.Boolean =>
            new ValueLayout([new FilterValue.Bool(true), new FilterValue.Bool(false)], ColumnType.Boolean),
        _ => new PresenceLayout(type),
    };

    // Edges over the finite values only: NaN and infinities would make every bin infinitely wide.
    private static LayoutMeasurement.Range Range(DuckDBConnection connection, ResolvedColumn column, string from)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT min(v) FILTER (WHERE isfinite(v)), max(v) FILTER (WHERE isfinite(v)), coalesce(bool_and(v = floor(v)) FILTER (WHERE isfinite(v)), true)
            FROM (SELECT CAST({column.Expression} AS DOUBLE) AS v FROM {from})
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return reader.IsDBNull(0)
            ? new LayoutMeasurement.Range(null, null, true)
            : new LayoutMeasurement.Range(reader.GetDouble(0), reader.GetDouble(1), reader.GetBoolean(2));
    }

    private static LayoutMeasurement.Time Time(DuckDBConnection connection, ResolvedColumn column, string from)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT min(v) FILTER (WHERE isfinite(v)), max(v) FILTER (WHERE isfinite(v)), coalesce(bool_and(v = date_trunc('day', v)) FILTER (WHERE isfinite(v)), true)
            FROM (SELECT CAST({column.Expression} AS TIMESTAMP) AS v FROM {from})
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return reader.IsDBNull(0)
            ? new LayoutMeasurement.Time(null, null, true)
            : new LayoutMeasurement.Time(reader.GetDateTime(0), reader.GetDateTime(1), reader.GetBoolean(2));
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
