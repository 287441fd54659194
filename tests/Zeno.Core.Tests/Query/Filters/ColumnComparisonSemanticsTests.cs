using DuckDB.NET.Data;
using Zeno.Core.Config;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Sql;

namespace Zeno.Core.Tests.Query.Filters;

/// <summary>
/// What two columns of given DuckDB types make of one pair of values, run in DuckDB: the coercion rules of
/// <see cref="PredicateCompiler"/> pinned value by value, including the spots where DuckDB's own casts would differ.
/// </summary>
public sealed class ColumnComparisonSemanticsTests
{
    public static TheoryData<string, string, string, string, string, bool> Cases => new()
    {
        // Same kind: numbers by value whatever their types, text by bytes, false before true, a DATE is its midnight.
        { "BIGINT", "1", "==", "DOUBLE", "1.0", true },
        { "BIGINT", "2", "<", "DECIMAL(8,2)", "2.5", true },
        { "DECIMAL(8,2)", "0.10", "==", "DOUBLE", "0.1", true },
        { "VARCHAR", "'B'", "<", "VARCHAR", "'a'", true },
        { "VARCHAR", "'cat'", "==", "VARCHAR", "'Cat'", false },
        { "BOOLEAN", "false", "<", "BOOLEAN", "true", true },
        { "DATE", "'2024-01-31'", "==", "TIMESTAMP", "'2024-01-31 00:00:00'", true },
        { "DATE", "'2024-01-31'", "<", "TIMESTAMP", "'2024-01-31 00:00:01'", true },
        // Number and text: as text, the number in its shortest exact form, whole numbers without ".0".
        { "BIGINT", "1", "==", "VARCHAR", "'1'", true },
        { "VARCHAR", "'1'", "==", "BIGINT", "1", true },
        { "BIGINT", "1", "==", "VARCHAR", "'1.0'", false },
        { "BIGINT", "1", "!=", "VARCHAR", "'01'", true },
        { "DOUBLE", "1.0", "==", "VARCHAR", "'1'", true },
        { "DOUBLE", "0.1", "==", "VARCHAR", "'0.1'", true },
        { "DOUBLE", "-2.5", "==", "VARCHAR", "'-2.5'", true },
        { "DOUBLE", "1e-5", "==", "VARCHAR", "'1e-05'", true },
        { "DOUBLE", "1e15", "==", "VARCHAR", "'1000000000000000'", true },
        { "DOUBLE", "1e16", "==", "VARCHAR", "'1e+16'", true },
        { "DECIMAL(8,2)", "1.50", "==", "VARCHAR", "'1.5'", true },
        { "DECIMAL(8,2)", "2.00", "==", "VARCHAR", "'2'", true },
        { "BIGINT", "10", "<", "VARCHAR", "'9'", true },
        { "VARCHAR", "'9'", ">", "BIGINT", "10", true },
        // Boolean and text: "true" and "false", case-sensitive like all text.
        { "BOOLEAN", "true", "==", "VARCHAR", "'true'", true },
        { "VARCHAR", "'false'", "==", "BOOLEAN", "false", true },
        { "BOOLEAN", "true", "==", "VARCHAR", "'True'", false },
        { "BOOLEAN", "false", "!=", "VARCHAR", "'true'", true },
        // Date and text: as timestamps where the text is an ISO date, zones converted to UTC; otherwise false.
        { "TIMESTAMP", "'2024-01-31 10:00:00'", "==", "VARCHAR", "'2024-01-31T10:00'", true },
        { "TIMESTAMP", "'2024-01-31 10:00:00'", "==", "VARCHAR", "'2024-01-31 10:00:00'", true },
        { "TIMESTAMP", "'2024-01-31 10:00:00'", "==", "VARCHAR", "'2024-01-31T10:00:00Z'", true },
        { "TIMESTAMP", "'2024-01-31 08:00:00'", "==", "VARCHAR", "'2024-01-31T10:00:00+02:00'", true },
        { "TIMESTAMP", "'2024-01-31 15:30:00'", "==", "VARCHAR", "'2024-01-31 10:00:00-0530'", true },
        { "TIMESTAMP", "'2024-01-31 10:00:00'", "!=", "VARCHAR", "'2024-01-31T10:00:00+02:00'", true },
        { "TIMESTAMP", "'2024-01-31 10:00:00.123456'", "==", "VARCHAR", "'2024-01-31T10:00:00.1234567'", true },
        { "VARCHAR", "'2024-01-31'", "<", "DATE", "'2024-02-01'", true },
        { "DATE", "'2024-01-31'", "==", "VARCHAR", "'2024-01-31'", true },
        { "TIMESTAMP", "'2024-01-31 10:00:00'", "!=", "VARCHAR", "'yesterday'", false },
        { "TIMESTAMP", "'2024-01-31 10:00:00'", "<", "VARCHAR", "'yesterday'", false },
        { "TIMESTAMP", "'2024-01-05 00:00:00'", "==", "VARCHAR", "'2024-1-5'", false },
        { "TIMESTAMP", "'2024-01-05 00:00:00'", "==", "VARCHAR", "' 2024-01-05'", false },
        { "TIMESTAMP", "'2024-02-01 00:00:00'", "==", "VARCHAR", "'2024-01-31 24:00:00'", false },
        { "TIMESTAMP", "'2024-01-31 10:00:00'", "==", "VARCHAR", "'2024-01-31T10:00Z'", false },
        { "TIMESTAMP", "'2024-03-01 00:00:00'", "!=", "VARCHAR", "'2024-02-30'", false },
        // A missing value on either side: false, whatever the operator.
        { "VARCHAR", "NULL", "!=", "VARCHAR", "'a'", false },
        { "BIGINT", "1", "!=", "VARCHAR", "NULL", false },
        { "TIMESTAMP", "NULL", "<", "VARCHAR", "'2024-01-31'", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Two_columns_compare_by_the_documented_rule_for_their_kinds(string leftType, string left, string op, string rightType, string right, bool expected)
    {
        using var connection = Table(leftType, left, rightType, right);

        Assert.Equal(expected, Selects(connection, $"a {op} b", leftType, rightType));
        Assert.Equal(!expected, Selects(connection, $"not a {op} b", leftType, rightType));
    }

    [Theory]
    [InlineData("'2024-01-31T10:00:00+02:00'", true)]
    [InlineData("'2024-01-31T08:00:00Z'", true)]
    [InlineData("'2024-01-31 08:00'", true)]
    [InlineData("'2024-01-31 10:00'", false)]
    public void Text_dates_mean_the_same_whatever_the_session_time_zone(string text, bool expected)
    {
        using var connection = Table("TIMESTAMP", "'2024-01-31 08:00:00'", "VARCHAR", text);
        using (var zone = connection.CreateCommand())
        {
            zone.CommandText = "SET TimeZone = 'America/New_York'";
            zone.ExecuteNonQuery();
        }

        Assert.Equal(expected, Selects(connection, "a == b", "TIMESTAMP", "VARCHAR"));
    }

    private static DuckDBConnection Table(string leftType, string left, string rightType, string right)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE TABLE t (a {leftType}, b {rightType}); INSERT INTO t VALUES (CAST({left} AS {leftType}), CAST({right} AS {rightType}))";
        command.ExecuteNonQuery();
        return connection;
    }

    private static bool Selects(DuckDBConnection connection, string filter, string leftType, string rightType)
    {
        var columns = new DictionaryColumnResolver([Column("a", leftType), Column("b", rightType)]);
        var parameters = new SqlParameters();
        var sql = PredicateCompiler.Compile(FilterParser.Parse(filter), columns, parameters);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM t WHERE {sql}";
        parameters.ApplyTo(command);
        return (long)command.ExecuteScalar()! == 1;
    }

    private static ResolvedColumn Column(string name, string sqlType) => sqlType switch
    {
        "BIGINT" or "DOUBLE" or "DECIMAL(8,2)" => ResolvedColumn.Quoted(name, ColumnType.Continuous, StorageKind.Numeric, "t"),
        "BOOLEAN" => ResolvedColumn.Quoted(name, ColumnType.Boolean, StorageKind.Boolean, "t"),
        "DATE" or "TIMESTAMP" => ResolvedColumn.Quoted(name, ColumnType.Datetime, StorageKind.Timestamp, "t"),
        _ => ResolvedColumn.Quoted(name, ColumnType.Nominal, StorageKind.String, "t"),
    };
}
