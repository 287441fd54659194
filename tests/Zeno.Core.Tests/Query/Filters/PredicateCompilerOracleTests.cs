using DuckDB.NET.Data;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Sql;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Query.Filters;

/// <summary>Compiled filters select exactly the rows a plain C# evaluation selects, on random tables and trees.</summary>
public sealed class PredicateCompilerOracleTests
{
    private const int TreesPerSeed = 100;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Compiled_filters_select_the_rows_the_linq_oracle_selects(int seed)
    {
        var random = new Random(seed);
        var table = Some.Table(random);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        table.CreateIn(connection);
        var resolver = table.Resolver();

        for (var i = 0; i < TreesPerSeed; i++)
        {
            var tree = Some.Predicate(random, table);
            var parameters = new SqlParameters();
            var sql = PredicateCompiler.Compile(tree, resolver, parameters);
            var actual = Query(connection, $"SELECT \"t\".\"id\" FROM t WHERE {sql}", parameters);
            var expected = LinqOracle.Select(table, tree);
            Assert.True(
                expected.SequenceEqual(actual),
                $"seed {seed}, tree {i}: {tree}\nSQL: {sql}\nexpected {expected.Count} rows, got {actual.Count}; "
                + $"only expected: {string.Join(",", expected.Except(actual).Take(5))}; only got: {string.Join(",", actual.Except(expected).Take(5))}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_pair_of_columns_that_compare_selects_the_rows_the_linq_oracle_selects(int seed)
    {
        var random = new Random(seed);
        var table = Some.Table(random);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        table.CreateIn(connection);
        var selecting = new HashSet<(StorageKind, ComparisonOp, StorageKind)>();

        foreach (var left in table.Columns)
        {
            foreach (var right in table.Columns.Where(right => Some.Comparable(left, right)))
            {
                foreach (var op in Enum.GetValues<ComparisonOp>())
                {
                    var tree = new ColumnComparison(left.Name, op, right.Name);
                    var parameters = new SqlParameters();
                    var sql = PredicateCompiler.Compile(tree, table.Resolver(), parameters);
                    var actual = Query(connection, $"SELECT \"t\".\"id\" FROM t WHERE {sql}", parameters);
                    var expected = LinqOracle.Select(table, tree);
                    Assert.True(expected.SequenceEqual(actual), $"seed {seed}: {tree}\nSQL: {sql}\nexpected {expected.Count} rows, got {actual.Count}");
                    if (actual.Count > 0)
                    {
                        selecting.Add((left.Storage, op, right.Storage));
                    }
                }
            }
        }

        // The mixed pairs must meet somewhere, or the comparison above would prove little about their rules.
        Assert.Contains((StorageKind.Numeric, ComparisonOp.Equal, StorageKind.String), selecting);
        Assert.Contains((StorageKind.String, ComparisonOp.Equal, StorageKind.Boolean), selecting);
        Assert.Contains((StorageKind.Timestamp, ComparisonOp.Less, StorageKind.String), selecting);
        Assert.Contains((StorageKind.String, ComparisonOp.Less, StorageKind.Timestamp), selecting);
    }

    [Fact]
    public void The_random_trees_select_neither_always_nothing_nor_always_everything()
    {
        // Guards the oracle test against trees that all collapse to empty (or full) selections, which would prove little.
        var random = new Random(7);
        var table = Some.Table(random);
        var sizes = Enumerable.Range(0, 200).Select(_ => LinqOracle.Select(table, Some.Predicate(random, table)).Count).ToList();
        Assert.InRange(sizes.Count(n => n > 0 && n < table.RowCount), 60, 200);
    }

    internal static List<string> Query(DuckDBConnection connection, string sql, SqlParameters parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql + " ORDER BY 1";
        parameters.ApplyTo(command);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }
        return [.. ids.Order(StringComparer.Ordinal)];
    }
}
