using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Microsoft.Data.Analysis;
using Zeno.Core.Data;

namespace Zeno.Core.Tests.Data;

/// <summary>
/// The vector reader gives the same batches as DataFrameReader (the oracle): same columns, same types, same values and
/// nulls, on random tables of every type it copies, across DuckDB's 2,048-row vectors and any batch size.
/// </summary>
public sealed class VectorReaderTests : IDisposable
{
    // Every type the vector reader copies, as (SQL type, random literal).
    private static readonly (string Type, Func<Random, string> Literal)[] Types =
    [
        ("BOOLEAN", random => random.Next(2) == 0 ? "true" : "false"),
        ("TINYINT", random => random.Next(-128, 128).ToString(CultureInfo.InvariantCulture)),
        ("SMALLINT", random => random.Next(-32768, 32768).ToString(CultureInfo.InvariantCulture)),
        ("INTEGER", random => random.Next(int.MinValue, int.MaxValue).ToString(CultureInfo.InvariantCulture)),
        ("BIGINT", random => random.NextInt64(long.MinValue, long.MaxValue).ToString(CultureInfo.InvariantCulture)),
        ("UTINYINT", random => random.Next(0, 256).ToString(CultureInfo.InvariantCulture)),
        ("USMALLINT", random => random.Next(0, 65536).ToString(CultureInfo.InvariantCulture)),
        ("UINTEGER", random => random.NextInt64(0, uint.MaxValue + 1L).ToString(CultureInfo.InvariantCulture)),
        ("FLOAT", random => ((float)(random.NextDouble() * 2e6 - 1e6)).ToString("R", CultureInfo.InvariantCulture)),
        ("DOUBLE", random => (random.NextDouble() * 2e9 - 1e9).ToString("R", CultureInfo.InvariantCulture)),
        ("VARCHAR", random => $"'{Text(random).Replace("'", "''", StringComparison.Ordinal)}'"),
        ("DATE", random => $"DATE '{new DateTime(1900, 1, 1).AddDays(random.Next(0, 80_000)):yyyy-MM-dd}'"),
        ("TIMESTAMP", random => $"TIMESTAMP '{new DateTime(1950, 1, 1).AddTicks(random.NextInt64(0, 200_000_000_000_000_000L) / 10 * 10):yyyy-MM-dd HH:mm:ss.ffffff}'"),
    ];

    private readonly DuckDBConnection _connection = new("DataSource=:memory:");

    public VectorReaderTests() => _connection.Open();

    [Theory]
    [InlineData(1, 0, 1)]
    [InlineData(2, 1, 256)]
    [InlineData(3, 2047, 2048)]
    [InlineData(4, 2049, 100)]
    [InlineData(5, 5000, 3001)]
    [InlineData(6, 4096, 5000)]
    [InlineData(7, 7000, 2047)]
    public void Random_tables_read_the_same_as_through_the_data_reader(int seed, int rows, int batchSize)
    {
        var random = new Random(seed);
        Fill(random, rows);
        const string query = "SELECT * FROM t WHERE n >= $start AND n < $end ORDER BY n";
        var (start, end) = (rows / 10L, rows - rows / 10L);

        var expected = new List<DataFrame>();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = query;
            command.Parameters.Add(new DuckDBParameter("start", start));
            command.Parameters.Add(new DuckDBParameter("end", end));
            using var reader = command.ExecuteReader();
            while (DataFrameReader.ReadBatch(reader, batchSize) is { } batch)
                expected.Add(batch);
        }
        var actual = new List<DataFrame>();
        using (var vectors = VectorReader.TryOpen(_connection, query, [("start", start), ("end", end)]))
        {
            Assert.NotNull(vectors);
            while (vectors.ReadBatch(batchSize) is { } batch)
                actual.Add(batch);
        }

        Assert.Equal(expected.Select(frame => frame.Rows.Count), actual.Select(frame => frame.Rows.Count));
        for (var b = 0; b < expected.Count; b++)
        {
            Assert.Equal(expected[b].Columns.Select(column => (column.Name, column.GetType())), actual[b].Columns.Select(column => (column.Name, column.GetType())));
            foreach (var column in expected[b].Columns)
            {
                Assert.Equal(column.NullCount, actual[b].Columns[column.Name].NullCount);
                Assert.Equal(Values(column), Values(actual[b].Columns[column.Name]));
            }
        }
    }

    [Fact]
    public void Compressed_columns_of_a_database_file_read_the_same_as_through_the_data_reader()
    {
        // A checkpoint compresses what is stored: few distinct strings (dictionary), runs (RLE), constants, sequences.
        var folder = Directory.CreateTempSubdirectory("zeno-vectors-");
        try
        {
            using var connection = new DuckDBConnection($"DataSource={Path.Combine(folder.FullName, "t.duckdb")}");
            connection.Open();
            using (var create = connection.CreateCommand())
            {
                create.CommandText = """
                    CREATE TABLE t AS SELECT range AS n, 'city' || (range % 7) AS city, range // 1000 AS run, 42 AS constant,
                        CASE WHEN range % 11 = 0 THEN NULL ELSE 'v' || (range % 3) END AS sparse, (range * 0.5)::DOUBLE AS half
                    FROM range(50000);
                    CHECKPOINT;
                    """;
                create.ExecuteNonQuery();
            }
            const string query = "SELECT city, run, constant, sparse, half FROM t WHERE n >= $start ORDER BY n";
            (string, object?)[] parameters = [("start", 1234L)];
            using var command = connection.CreateCommand();
            command.CommandText = query;
            command.Parameters.Add(new DuckDBParameter("start", 1234L));
            using var reader = command.ExecuteReader();
            var expected = DataFrameReader.Read(reader);

            using var vectors = VectorReader.TryOpen(connection, query, parameters);
            var actual = vectors!.ReadAll();

            Assert.Equal(Values(expected), Values(actual));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Repeated_short_strings_share_one_object_and_every_value_reads_right()
    {
        // Even rows repeat six values: inline ones (up to 12 bytes, é€ taking 5) and one of 13 bytes that DuckDB keeps
        // out of line. Odd rows are 10,000 distinct short values sharing prefixes, more than the reader keeps shared.
        string[] repeated = ["", "a", "ab", "abcdefghijkl", "abcdefghijklm", "é€"];
        Execute("""
            CREATE TABLE s AS SELECT range AS n,
                CASE WHEN range % 2 = 0 THEN ['', 'a', 'ab', 'abcdefghijkl', 'abcdefghijklm', 'é€'][range // 2 % 6 + 1] ELSE 'n' || range END AS v
            FROM range(20000)
            """);
        var expected = Enumerable.Range(0, 20000).Select(n => n % 2 == 0 ? repeated[n / 2 % 6] : $"n{n}").ToList();

        using var vectors = VectorReader.TryOpen(_connection, "SELECT v FROM s ORDER BY n", []);
        var column = (StringDataFrameColumn)vectors!.ReadAll().Columns["v"];

        Assert.Equal(expected, column);
        foreach (var value in repeated.Where(value => Encoding.UTF8.GetByteCount(value) <= 12))
        {
            var rows = Enumerable.Range(0, 20000).Where(n => expected[n] == value).ToList();
            Assert.All(rows, n => Assert.Same(column[rows[0]], column[n]));
        }
    }

    [Fact]
    public void The_first_column_can_be_skipped_and_seen_row_by_row()
    {
        Fill(new Random(11), 5000);
        var seen = new List<long>();
        var rows = 0L;
        using var vectors = VectorReader.TryOpen(_connection, "SELECT n, c10 FROM t ORDER BY n", []);

        while (vectors!.ReadBatch(777, skipColumns: 1, firstColumn: seen.Add) is { } batch)
        {
            Assert.Equal(["c10"], batch.Columns.Select(column => column.Name));
            rows += batch.Rows.Count;
        }

        Assert.Equal(5000, rows);
        Assert.Equal(Enumerable.Range(0, 5000).Select(n => (long)n), seen);
    }

    [Theory]
    [InlineData("1.5::DECIMAL(6,2)")]
    [InlineData("[1.0, 2.0]::FLOAT[]")]
    [InlineData("1::HUGEINT")]
    [InlineData("1::UBIGINT")]
    [InlineData("'x'::BLOB")]
    [InlineData("TIMESTAMPTZ '2024-01-01 00:00:00+00'")]
    [InlineData("INTERVAL 1 DAY")]
    public void A_column_of_another_type_leaves_the_result_to_the_data_reader(string value)
    {
        Assert.Null(VectorReader.TryOpen(_connection, $"SELECT 1 AS a, {value} AS b", []));
    }

    [Theory]
    [InlineData("'infinity'::TIMESTAMP")]
    [InlineData("'-infinity'::TIMESTAMP")]
    [InlineData("'infinity'::DATE")]
    [InlineData("TIMESTAMP '20000-01-01 00:00:00'")]
    [InlineData("DATE '-5000-01-01'")]
    public void A_time_DateTime_cannot_hold_fails_the_read_as_through_the_data_reader(string value)
    {
        var sql = $"SELECT {value} AS stamp";
        Assert.ThrowsAny<Exception>(() => FrameQueryThroughReader(sql, []));

        using var vectors = VectorReader.TryOpen(_connection, sql, []);
        var error = Assert.Throws<InvalidOperationException>(() => vectors!.ReadAll());

        Assert.Contains("'stamp'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_and_last_days_DateTime_holds_read_exactly()
    {
        const string sql = "SELECT TIMESTAMP '0001-01-01 00:00:00' AS first, TIMESTAMP '9999-12-31 23:59:59.999999' AS last, DATE '9999-12-31' AS day";
        var expected = FrameQueryThroughReader(sql, []);

        using var vectors = VectorReader.TryOpen(_connection, sql, []);

        Assert.Equal(Values(expected), Values(vectors!.ReadAll()));
    }

    [Fact]
    public void Constant_and_empty_results_read_like_any_other()
    {
        using (var constant = VectorReader.TryOpen(_connection, "SELECT 7 AS seven, 'seven' AS name, NULL::DOUBLE AS nothing FROM range(3000)", []))
        {
            var frame = constant!.ReadBatch(int.MaxValue)!;
            Assert.Equal(Enumerable.Repeat<object?>(7L, 3000), Values(frame.Columns["seven"]));
            Assert.Equal(Enumerable.Repeat<object?>("seven", 3000), Values(frame.Columns["name"]));
            Assert.Equal(3000, frame.Columns["nothing"].NullCount);
            Assert.Null(constant.ReadBatch(int.MaxValue));
        }
        using var empty = VectorReader.TryOpen(_connection, "SELECT 1 AS one WHERE false", []);
        Assert.Null(empty!.ReadBatch(10));
    }

    [Fact]
    public void A_failing_query_says_what_DuckDB_said()
    {
        var unknown = Assert.Throws<InvalidOperationException>(() => VectorReader.TryOpen(_connection, "SELECT missing FROM range(3)", []));
        Assert.Contains("missing", unknown.Message, StringComparison.Ordinal);

        var parameter = Assert.Throws<InvalidOperationException>(() => VectorReader.TryOpen(_connection, "SELECT 1", [("start", 1L)]));
        Assert.Contains("$start", parameter.Message, StringComparison.Ordinal);

        // An error DuckDB meets while producing rows: when the query starts, or while the rows stream.
        var streaming = Assert.Throws<InvalidOperationException>(() =>
        {
            using var failing = VectorReader.TryOpen(_connection, "SELECT CASE WHEN range < 5000 THEN range ELSE error('row ' || range) END AS n FROM range(10000)", []);
            while (failing!.ReadBatch(1000) is not null)
            {
            }
        });
        Assert.Contains("row 5000", streaming.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_of_each_kind_bind_as_DuckDB_NET_binds_them()
    {
        const string sql = "SELECT $number AS number, $whole AS whole, $small AS small, $text AS text, $flag AS flag, $nothing IS NULL AS nothing";
        (string, object?)[] parameters = [("number", 2.5), ("whole", 1L << 40), ("small", 7), ("text", "a'b"), ("flag", true), ("nothing", null)];

        using var vectors = VectorReader.TryOpen(_connection, sql, parameters);
        var frame = vectors!.ReadAll();

        Assert.Equal(new object?[] { 2.5, 1L << 40, 7L, "a'b", true, true }, frame.Columns.Select(column => column[0]));
        Assert.Equal(Values(FrameQueryThroughReader(sql, parameters)), Values(frame));
    }

    [Fact]
    public void A_parameter_of_another_kind_is_left_to_the_data_reader_and_the_frame_is_the_same()
    {
        (string, object?)[] parameters = [("day", new DateTime(2024, 5, 6))];
        const string sql = "SELECT $day AS day, 1 AS one";

        Assert.Null(VectorReader.TryOpen(_connection, sql, parameters));
        var frame = FrameQuery.ReadAll(_connection, sql, parameters);
        Assert.Equal(new object?[] { new DateTime(2024, 5, 6), 1L }, frame.Columns.Select(column => column[0]));
    }

    [Fact]
    public void Read_all_gives_the_typed_empty_columns_the_data_reader_gives()
    {
        const string sql = "SELECT 1.5::DOUBLE AS dbl, 'x' AS text, true AS flag WHERE false";

        var frame = FrameQuery.ReadAll(_connection, sql, []);

        Assert.Equal(0, frame.Rows.Count);
        Assert.Equal(FrameQueryThroughReader(sql, []).Columns.Select(column => (column.Name, column.GetType())), frame.Columns.Select(column => (column.Name, column.GetType())));
    }

    private DataFrame FrameQueryThroughReader(string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        using var reader = command.ExecuteReader();
        return DataFrameReader.Read(reader);
    }

    private static List<object?> Values(DataFrame frame) => [.. frame.Columns.SelectMany(Values)];

    // A table t: n (0..rows-1, in order) and one column of each type, each value null one time in five.
    private void Fill(Random random, int rows)
    {
        var columns = string.Join(", ", Types.Select((type, i) => $"c{i} {type.Type}"));
        Execute($"CREATE OR REPLACE TABLE t (n BIGINT, {columns})");
        for (var start = 0; start < rows; start += 500)
        {
            var values = Enumerable.Range(start, Math.Min(500, rows - start)).Select(n =>
                $"({n}, {string.Join(", ", Types.Select(type => random.Next(5) == 0 ? "NULL" : $"({type.Literal(random)})::{type.Type}"))})");
            Execute($"INSERT INTO t VALUES {string.Join(", ", values)}");
        }
    }

    // Short (inline in DuckDB's string) and long (stored apart) text, with multi-byte characters.
    private static string Text(Random random)
    {
        const string alphabet = "abcXYZ 09_'é€😀";
        var text = new StringBuilder();
        var length = random.Next(3) switch { 0 => random.Next(0, 13), 1 => 12, _ => random.Next(13, 60) };
        while (text.Length < length)
            text.Append(alphabet[random.Next(alphabet.Length)] is var c && char.IsSurrogate(c) ? "😀" : c.ToString());
        return text.ToString();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // A DateTime with its Kind: DateTime's own equality ignores it.
    private static List<object?> Values(DataFrameColumn column) =>
        [.. Enumerable.Range(0, (int)column.Length).Select(i => column[i] is DateTime time ? (time, time.Kind) : column[i])];

    public void Dispose() => _connection.Dispose();
}
