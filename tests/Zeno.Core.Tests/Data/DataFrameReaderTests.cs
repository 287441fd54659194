using DuckDB.NET.Data;
using Microsoft.Data.Analysis;
using Zeno.Core.Data;

namespace Zeno.Core.Tests.Data;

/// <summary>Query results become typed DataFrame columns, value for value, nulls included, whole or in batches.</summary>
public sealed class DataFrameReaderTests : IDisposable
{
    // Every type the store holds (and the narrower ones DuckDB files bring), with a null in every column.
    private const string Rows = """
        SELECT * FROM (VALUES
            (0, 10::BIGINT, 1::INTEGER, 2::SMALLINT, 1.5::DOUBLE, 0.25::FLOAT, 1.25::DECIMAL(6,2), true, 'a',
             TIMESTAMP '2024-01-02 03:04:05', DATE '2024-05-06'),
            (1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
            (2, -3, -4, -5, -2.5, 4.5, -0.75, false, '', TIMESTAMP '1999-12-31 23:59:59', DATE '1970-01-01'))
        AS t(n, big, whole, small, dbl, flt, dec, flag, text, stamp, day)
        """;

    private readonly DuckDBConnection _connection = new("DataSource=:memory:");

    public DataFrameReaderTests() => _connection.Open();

    [Fact]
    public void Every_stored_type_becomes_a_typed_column_with_its_values_and_nulls()
    {
        var frame = Read(reader => DataFrameReader.Read(reader, skipColumns: 1));

        Assert.Equal(new[] { "big", "whole", "small", "dbl", "flt", "dec", "flag", "text", "stamp", "day" }, frame.Columns.Select(c => c.Name));
        Assert.Equal(new object?[] { 10L, null, -3L }, Values<long>(frame.Columns.GetInt64Column("big")));
        Assert.Equal(new object?[] { 1L, null, -4L }, Values<long>(frame.Columns.GetInt64Column("whole")));
        Assert.Equal(new object?[] { 2L, null, -5L }, Values<long>(frame.Columns.GetInt64Column("small")));
        Assert.Equal(new object?[] { 1.5, null, -2.5 }, Values<double>(frame.Columns.GetDoubleColumn("dbl")));
        Assert.Equal(new object?[] { 0.25, null, 4.5 }, Values<double>(frame.Columns.GetDoubleColumn("flt")));
        Assert.Equal(new object?[] { 1.25, null, -0.75 }, Values<double>(frame.Columns.GetDoubleColumn("dec")));
        Assert.Equal(new object?[] { true, null, false }, Values<bool>(frame.Columns.GetBooleanColumn("flag")));
        Assert.Equal(new string?[] { "a", null, "" }, frame.Columns.GetStringColumn("text").ToArray());
        Assert.Equal(new object?[] { new DateTime(2024, 1, 2, 3, 4, 5), null, new DateTime(1999, 12, 31, 23, 59, 59) },
            Values<DateTime>(frame.Columns.GetDateTimeColumn("stamp")));
        Assert.Equal(new object?[] { new DateTime(2024, 5, 6), null, new DateTime(1970, 1, 1) },
            Values<DateTime>(frame.Columns.GetDateTimeColumn("day")));
    }

    [Fact]
    public void Batches_split_the_rows_in_order_and_end_with_null()
    {
        var batches = Read(reader =>
        {
            var list = new List<DataFrame>();
            while (DataFrameReader.ReadBatch(reader, 2) is { } batch)
                list.Add(batch);
            return list;
        });

        Assert.Equal(new[] { 2L, 1L }, batches.Select(batch => batch.Rows.Count));
        Assert.Equal(new object?[] { 0L, 1L, 2L }, batches.SelectMany(batch => Values<long>(batch.Columns.GetInt64Column("n"))));
        Assert.Equal(new string?[] { "a", null, "" }, batches.SelectMany(batch => batch.Columns.GetStringColumn("text")));
    }

    [Fact]
    public void An_empty_result_keeps_its_typed_columns()
    {
        var frame = Read(reader => DataFrameReader.Read(reader), where: "WHERE n < 0");

        Assert.Equal(0, frame.Rows.Count);
        Assert.IsType<DoubleDataFrameColumn>(frame.Columns["dbl"]);
        Assert.IsType<StringDataFrameColumn>(frame.Columns["text"]);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(256)]
    [InlineData(70_001)]
    public void Many_rows_with_nulls_read_back_exactly_whole_or_in_batches(int batchSize)
    {
        // More rows than a column first makes room for, so its arrays grow; every seventh value is missing.
        const int count = 150_000;
        var frames = Read(reader =>
        {
            var list = new List<DataFrame>();
            while (DataFrameReader.ReadBatch(reader, batchSize) is { } batch)
                list.Add(batch);
            return list;
        }, sql: $"""
            SELECT CASE WHEN range % 7 = 3 THEN NULL ELSE range * 3 END AS big,
                   CASE WHEN range % 7 = 3 THEN NULL ELSE range / 8.0 END AS dbl,
                   CASE WHEN range % 7 = 3 THEN NULL ELSE range % 2 = 0 END AS flag,
                   CASE WHEN range % 7 = 3 THEN NULL ELSE TIMESTAMP '2020-01-01' + to_seconds(range) END AS stamp
            FROM range({count}) ORDER BY range
            """);

        var sizes = new List<long>();
        for (var left = count; left > 0; left -= Math.Min(left, batchSize))
            sizes.Add(Math.Min(left, batchSize));
        Assert.Equal(sizes, frames.Select(frame => frame.Rows.Count));
        object? Expected(int row, Func<int, object> value) => row % 7 == 3 ? null : value(row);
        var rows = Enumerable.Range(0, count).ToList();
        Assert.Equal(rows.Select(row => Expected(row, r => r * 3L)), frames.SelectMany(frame => Values<long>(frame.Columns.GetInt64Column("big"))));
        Assert.Equal(rows.Select(row => Expected(row, r => r / 8.0)), frames.SelectMany(frame => Values<double>(frame.Columns.GetDoubleColumn("dbl"))));
        Assert.Equal(rows.Select(row => Expected(row, r => r % 2 == 0)), frames.SelectMany(frame => Values<bool>(frame.Columns.GetBooleanColumn("flag"))));
        Assert.Equal(rows.Select(row => Expected(row, r => new DateTime(2020, 1, 1).AddSeconds(r))),
            frames.SelectMany(frame => Values<DateTime>(frame.Columns.GetDateTimeColumn("stamp"))));
        Assert.Equal(count / 7 + (count % 7 > 3 ? 1 : 0), frames.Sum(frame => frame.Columns["dbl"].NullCount));
    }

    [Fact]
    public void A_batch_column_can_be_changed_and_grown_like_any_other()
    {
        var frame = Read(reader => DataFrameReader.Read(reader));
        var doubles = frame.Columns.GetDoubleColumn("dbl");

        doubles[1] = 7;
        doubles[0] = null;
        doubles.Append(9);

        Assert.Equal(new object?[] { null, 7.0, -2.5, 9.0 }, Values<double>(doubles));
        Assert.Equal(1, doubles.NullCount);
        Assert.Equal(new object?[] { 0.75, 3.5, -1.25, 4.5 }, Values<double>((DoubleDataFrameColumn)(doubles.FillNulls(1.5) / 2.0)));
    }

    [Fact]
    public void Rows_takes_a_range_of_a_frame_with_its_nulls()
    {
        var frame = Read(reader => DataFrameReader.Read(reader));

        var middle = DataFrameReader.Rows(frame, 1, 2);

        Assert.Equal(new object?[] { null, -3L }, Values<long>(middle.Columns.GetInt64Column("big")));
        Assert.Equal(new string?[] { null, "" }, middle.Columns.GetStringColumn("text").ToArray());
    }

    private T Read<T>(Func<DuckDBDataReader, T> read, string where = "", string? sql = null)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql ?? $"SELECT * FROM ({Rows}) {where} ORDER BY n";
        using var reader = command.ExecuteReader();
        return read(reader);
    }

    private static object?[] Values<T>(PrimitiveDataFrameColumn<T> column) where T : unmanaged =>
        column.Select(value => (object?)value).ToArray();

    public void Dispose() => _connection.Dispose();
}
