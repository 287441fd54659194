using DuckDB.NET.Data;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Sql;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Query.Filters;

/// <summary>Hostile values and names reach DuckDB only as bound values or are rejected before any SQL runs.</summary>
public sealed class InjectionTests : IDisposable
{
    private const string Drop = "'; DROP TABLE t; --";

    private readonly DuckDBConnection _connection = new("DataSource=:memory:");
    private readonly SomeTable _table = Some.Table(new Random(3), rows: 30);

    public InjectionTests()
    {
        _connection.Open();
        _table.CreateIn(_connection);
    }

    public void Dispose() => _connection.Dispose();

    [Theory]
    [InlineData("label == \"'; DROP TABLE t; --\"")]
    [InlineData("label in [\"x\", \"'); DROP TABLE t; --\"]")]
    [InlineData("`review text` ~ \"'; DROP TABLE t; --\"")]
    [InlineData("`review text` ~ /'; DROP TABLE t; --/i")]
    [InlineData("@id in [\"' OR 1=1 --\"]")]
    [InlineData("`odd \"name\"` == \"\\\"; DROP TABLE t; --\"")]
    public void A_hostile_value_is_bound_as_a_parameter_and_matches_nothing(string filter)
    {
        var parameters = new SqlParameters();
        var sql = PredicateCompiler.Compile(FilterParser.Parse(filter), _table.Resolver(), parameters);

        Assert.DoesNotContain("DROP", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("'", sql.Replace("'i'", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Empty(PredicateCompilerOracleTests.Query(_connection, $"SELECT \"t\".\"id\" FROM t WHERE {sql}", parameters));
        Assert.Equal(_table.RowCount, RowCount());
    }

    [Fact]
    public void An_invalid_regex_fails_in_duckdb_as_an_error_and_leaves_the_table_alone()
    {
        // RE2 and .NET disagree on some syntax, so the regex is judged where it runs; the query layer reports the error.
        var parameters = new SqlParameters();
        var sql = PredicateCompiler.Compile(FilterParser.Parse("`review text` ~ /'); DROP TABLE t; --/"), _table.Resolver(), parameters);

        var error = Assert.Throws<DuckDBException>(() => PredicateCompilerOracleTests.Query(_connection, $"SELECT \"t\".\"id\" FROM t WHERE {sql}", parameters));

        Assert.Contains("unexpected )", error.Message, StringComparison.Ordinal);
        Assert.Equal(_table.RowCount, RowCount());
    }

    [Fact]
    public void A_hostile_column_name_is_refused_by_the_whitelist_before_any_sql_exists()
    {
        var tree = new Comparison("id\" = \"id\"; DROP TABLE t; --", ComparisonOp.Equal, new FilterValue.Text(Drop));

        var error = Assert.Throws<UnknownColumnException>(() => PredicateCompiler.Compile(tree, _table.Resolver(), new SqlParameters()));

        Assert.Contains("unknown column", error.Message, StringComparison.Ordinal);
        Assert.Equal(_table.RowCount, RowCount());
    }

    [Fact]
    public void A_known_column_whose_name_holds_quotes_is_read_as_exactly_that_column()
    {
        var parameters = new SqlParameters();
        var sql = PredicateCompiler.Compile(FilterParser.Parse("`odd \"name\"` == \"x\""), _table.Resolver(), parameters);

        var ids = PredicateCompilerOracleTests.Query(_connection, $"SELECT \"t\".\"id\" FROM t WHERE {sql}", parameters);

        Assert.Equal("coalesce(\"t\".\"odd \"\"name\"\"\" = $p0, false)", sql);
        Assert.Equal(LinqOracle.Select(_table, FilterParser.Parse("`odd \"name\"` == \"x\"")), ids);
        Assert.NotEmpty(ids);
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("a\"b", "\"a\"\"b\"")]
    [InlineData("\"; DROP TABLE t; --", "\"\"\"; DROP TABLE t; --\"")]
    public void Identifiers_are_quoted_with_inner_quotes_doubled(string name, string quoted)
    {
        Assert.Equal(quoted, Sql.QuoteIdentifier(name));
    }

    private long RowCount()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM t";
        return (long)command.ExecuteScalar()!;
    }
}
