using System.Globalization;
using DuckDB.NET.Data;
using Zeno.Core.Config;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Sql;

namespace Zeno.Core.Tests.Query.Histograms;

/// <summary>
/// The bin DuckDB computes for a value, the bin <c>BinOf</c> computes in C#, and the one bucket filter that holds
/// for it are the same bin, on random ranges and on the values where floating point bites: the edges themselves,
/// one ulp (or one microsecond) either side, NaN, infinities, negative zero.
/// </summary>
public sealed class BinAgreementTests
{
    [Theory]
    [InlineData(1, "DOUBLE")]
    [InlineData(2, "DOUBLE")]
    [InlineData(3, "BIGINT")]
    [InlineData(4, "DECIMAL(18,3)")]
    public void Sql_bins_bucket_filters_and_BinOf_agree_on_numbers(int seed, string sqlType)
    {
        var random = new Random(seed);
        using var connection = Open();
        for (var round = 0; round < 40; round++)
        {
            var (min, max, integral) = Range(random, sqlType);
            var spec = BinSpec.For(min, max, integral, random.Next(1, 40));
            var values = spec.Edges.SelectMany(edge => new[] { edge, Math.BitDecrement(edge), Math.BitIncrement(edge) })
                .Concat(Enumerable.Range(0, 60).Select(_ => min + (max - min) * (random.NextDouble() * 1.2 - 0.1)))
                .Concat(sqlType == "DOUBLE" ? [double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.0] : [0.0])
                .Select(value => Stored(value, sqlType))
                .Where(value => value is not null)
                .Select(value => value!.Value)
                .ToList();
            var bins = Compare(connection, new RangeLayout(spec), sqlType, StorageKind.Numeric, ColumnType.Continuous, values.Cast<object>().ToList());
            for (var i = 0; i < values.Count; i++)
                Assert.True(spec.BinOf(values[i]) == bins[i], $"{values[i]:R} in {string.Join(", ", spec.Edges.Select(e => e.ToString("R", CultureInfo.InvariantCulture)))}: C# {spec.BinOf(values[i])}, SQL {bins[i]}");
        }
    }

    [Theory]
    [InlineData(1, "TIMESTAMP")]
    [InlineData(2, "TIMESTAMP")]
    [InlineData(3, "DATE")]
    public void Sql_bins_bucket_filters_and_BinOf_agree_on_dates(int seed, string sqlType)
    {
        var random = new Random(seed);
        using var connection = Open();
        for (var round = 0; round < 40; round++)
        {
            var start = new DateTime(2000, 1, 1).AddDays(random.Next(9000)).AddSeconds(random.Next(86400));
            var end = start.AddSeconds(Math.Pow(10, random.NextDouble() * 9));
            var dateOnly = sqlType == "DATE";
            var spec = DateBinSpec.For(dateOnly ? start.Date : start, dateOnly ? end.Date : end, dateOnly);
            var microsecond = TimeSpan.FromTicks(10);
            var values = spec.Edges.SelectMany(edge => new[] { edge, edge - microsecond, edge + microsecond })
                .Concat(Enumerable.Range(0, 60).Select(_ => start + (end - start) * (random.NextDouble() * 1.2 - 0.1)))
                .Select(value => dateOnly ? value.Date : new DateTime(value.Ticks / 10 * 10))
                .ToList();
            var bins = Compare(connection, new TimeLayout(spec), sqlType, StorageKind.Timestamp, ColumnType.Datetime, values.Cast<object>().ToList());
            for (var i = 0; i < values.Count; i++)
                Assert.True(spec.BinOf(values[i]) == bins[i], $"{values[i]:O} ({spec.Unit}×{spec.Step} from {spec.Edges[0]:O}): C# {spec.BinOf(values[i])}, SQL {bins[i]}");
        }
    }

    // The SQL bin of each value, after checking that exactly the bucket filter of that bin holds for it.
    private static List<int> Compare(DuckDBConnection connection, ColumnLayout layout, string sqlType, StorageKind storage, ColumnType type, IReadOnlyList<object> values)
    {
        Execute(connection, $"CREATE OR REPLACE TABLE v (i INTEGER, x {sqlType})");
        var insert = new SqlParameters();
        var rows = values.Select((value, i) => $"({insert.Add(i)}, {insert.Add(value)})");
        Execute(connection, $"INSERT INTO v VALUES {string.Join(", ", rows)}", insert);

        var resolver = new DictionaryColumnResolver([ResolvedColumn.Quoted("x", type, storage, "v")]);
        var parameters = new SqlParameters();
        var bin = layout.BinSql("x", resolver, parameters);
        var filters = layout.Buckets("x").Where(bucket => bucket.Kind != BucketKind.Other)
            .Select(bucket => PredicateCompiler.Compile(bucket.Filter, resolver, parameters)).ToList();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {bin}, {string.Join(", ", filters)} FROM v ORDER BY i";
        parameters.ApplyTo(command);
        using var reader = command.ExecuteReader();
        var bins = new List<int>();
        while (reader.Read())
        {
            var sqlBin = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
            var holding = Enumerable.Range(0, filters.Count).Where(f => reader.GetBoolean(1 + f)).ToList();
            Assert.True(holding.SequenceEqual([sqlBin]), $"value {values[bins.Count]}: SQL bin {sqlBin}, filters holding: {string.Join(",", holding)}");
            bins.Add(sqlBin);
        }
        return bins;
    }

    private static (double Min, double Max, bool Integral) Range(Random random, string sqlType)
    {
        if (sqlType == "BIGINT")
        {
            var low = random.Next(-100000, 100000);
            return (low, low + random.Next(0, (int)Math.Pow(10, random.Next(1, 6))), true);
        }
        var scale = sqlType == "DOUBLE" ? Math.Pow(10, random.Next(-10, 12)) : Math.Pow(10, random.Next(0, 6));
        var a = Math.Round((random.NextDouble() - 0.5) * scale, sqlType == "DOUBLE" ? 15 : 3);
        var b = Math.Round(a + random.NextDouble() * scale, sqlType == "DOUBLE" ? 15 : 3);
        return (a, b, false);
    }

    // The value as the column stores it (integers, three decimals), or null when the column cannot hold it.
    private static double? Stored(double value, string sqlType) => sqlType switch
    {
        "BIGINT" => double.IsFinite(value) ? Math.Round(value) : null,
        "DECIMAL(18,3)" => double.IsFinite(value) && Math.Abs(value) < 1e14 ? (double)Math.Round((decimal)value, 3) : null,
        _ => value,
    };

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return connection;
    }

    private static void Execute(DuckDBConnection connection, string sql, SqlParameters? parameters = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        parameters?.ApplyTo(command);
        command.ExecuteNonQuery();
    }
}
