using Zeno.Core.Config;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Sql;

namespace Zeno.Core.Tests.Query.Filters;

/// <summary>The exact SQL and parameters for small trees: what the compiler writes, pinned.</summary>
public sealed class PredicateCompilerTests
{
    internal static readonly DictionaryColumnResolver Columns = new(
        [
            ResolvedColumn.Quoted("id", ColumnType.Nominal, StorageKind.String),
            ResolvedColumn.Quoted("score", ColumnType.Continuous, StorageKind.Numeric),
            ResolvedColumn.Quoted("label", ColumnType.Nominal, StorageKind.String),
            ResolvedColumn.Quoted("flag", ColumnType.Boolean, StorageKind.Boolean),
            ResolvedColumn.Quoted("created", ColumnType.Datetime, StorageKind.Timestamp),
            ResolvedColumn.Quoted("review text", ColumnType.Text, StorageKind.String, table: "t"),
            ResolvedColumn.Quoted("output", ColumnType.Nominal, StorageKind.String),
            ResolvedColumn.Quoted("count", ColumnType.Nominal, StorageKind.Numeric),
            ResolvedColumn.Quoted("due", ColumnType.Datetime, StorageKind.Timestamp),
        ],
        idColumn: "id");

    public static TheoryData<string, string, object[]> Cases => new()
    {
        { "score >= 2", "coalesce(\"score\" >= CAST($p0 AS DOUBLE), false)", [2.0] },
        { "score == \"2.5\"", "coalesce(\"score\" = CAST($p0 AS DOUBLE), false)", [2.5] },
        { "label != 1", "coalesce(\"label\" <> $p0, false)", ["1"] },
        { "flag == true", "coalesce(\"flag\" = $p0, false)", [true] },
        { "created < 2024-01-31T10:00:00Z", "coalesce(\"created\" < CAST($p0 AS TIMESTAMP), false)", [new DateTime(2024, 1, 31, 10, 0, 0)] },
        { "created >= \"2024-01-31 10:00\"", "coalesce(\"created\" >= CAST($p0 AS TIMESTAMP), false)", [new DateTime(2024, 1, 31, 10, 0, 0)] },
        { "label == null", "(\"label\" IS NULL)", [] },
        { "label != null", "(\"label\" IS NOT NULL)", [] },
        { "label in [\"a\", 2]", "coalesce(\"label\" IN ($p0, $p1), false)", ["a", "2"] },
        { "score not in [1, 2]", "coalesce(\"score\" NOT IN (CAST($p0 AS DOUBLE), CAST($p1 AS DOUBLE)), false)", [1.0, 2.0] },
        { "label in []", "false", [] },
        { "label not in []", "(\"label\" IS NOT NULL)", [] },
        { "`review text` ~ \"Cat\"", "coalesce(contains(lower(\"t\".\"review text\"), lower($p0)), false)", ["Cat"] },
        { "`review text` ~ \"Cat\"c", "coalesce(contains(\"t\".\"review text\", $p0), false)", ["Cat"] },
        { "`review text` !~ /^ca.t/", "coalesce(NOT regexp_matches(\"t\".\"review text\", $p0), false)", ["^ca.t"] },
        { "`review text` ~ /^cat/i", "coalesce(regexp_matches(\"t\".\"review text\", $p0, 'i'), false)", ["^cat"] },
        { "`review text` ~ \"a.b (c)\"w", "coalesce(regexp_matches(\"t\".\"review text\", $p0, 'i'), false)", [@"\b(?:a\.b \(c\))\b"] },
        { "`review text` ~ /a|b/iw", "coalesce(regexp_matches(\"t\".\"review text\", $p0, 'i'), false)", [@"\b(?:a|b)\b"] },
        { "@id in [\"r1\", \"r2\"]", "coalesce(\"id\" IN ($p0, $p1), false)", ["r1", "r2"] },
        { "@id not in [\"r1\"]", "coalesce(\"id\" NOT IN ($p0), false)", ["r1"] },
        { "not flag == false", "(NOT coalesce(\"flag\" = $p0, false))", [false] },
        {
            "score > 1 and (label == \"a\" or flag == true)",
            "(coalesce(\"score\" > CAST($p0 AS DOUBLE), false) AND (coalesce(\"label\" = $p1, false) OR coalesce(\"flag\" = $p2, false)))",
            [1.0, "a", true]
        },
        { "output != label", "coalesce(\"output\" <> \"label\", false)", [] },
        { "`review text` == output", "coalesce(\"t\".\"review text\" = \"output\", false)", [] },
        { "score > count", "coalesce(CAST(\"score\" AS DOUBLE) > CAST(\"count\" AS DOUBLE), false)", [] },
        { "flag == flag", "coalesce(\"flag\" = \"flag\", false)", [] },
        { "due >= created", "coalesce(\"due\" >= \"created\", false)", [] },
        { "count == label", $"coalesce({CountAsText} = \"label\", false)", [] },
        { "label < count", $"coalesce(\"label\" < {CountAsText}, false)", [] },
        { "flag != label", "coalesce(CAST(\"flag\" AS VARCHAR) <> \"label\", false)", [] },
        { "label == flag", "coalesce(\"label\" = CAST(\"flag\" AS VARCHAR), false)", [] },
        { "created < label", $"coalesce(\"created\" < {LabelAsTimestamp}, false)", [] },
        { "label >= created", $"coalesce({LabelAsTimestamp} >= \"created\", false)", [] },
        {
            "output != label and score > 1",
            "(coalesce(\"output\" <> \"label\", false) AND coalesce(\"score\" > CAST($p0 AS DOUBLE), false))",
            [1.0]
        },
        { "true", "true", [] },
        { "false", "false", [] },
    };

    private const string CountAsText = "regexp_replace(CAST(CAST(\"count\" AS DOUBLE) AS VARCHAR), '\\.0$', '')";

    private const string LabelAsTimestamp =
        "CASE WHEN NOT regexp_full_match(\"label\", '[0-9]{4}-[0-9]{2}-[0-9]{2}([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?)?') THEN NULL "
        + "WHEN regexp_matches(\"label\", '(Z|[+-][0-9]{2}:?[0-9]{2})$') THEN make_timestamp(epoch_us(TRY_CAST(\"label\" AS TIMESTAMPTZ))) "
        + "ELSE TRY_CAST(\"label\" AS TIMESTAMP) END";

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_filter_compiles_to_exact_sql_with_every_value_as_a_parameter(string filter, string sql, object[] values)
    {
        var parameters = new SqlParameters();

        var compiled = PredicateCompiler.Compile(FilterParser.Parse(filter), Columns, parameters);

        Assert.Equal(sql, compiled);
        Assert.Equal(values, parameters.Select(p => p.Value));
        Assert.Equal(Enumerable.Range(0, values.Length).Select(i => $"p{i}"), parameters.Select(p => p.Name));
    }

    [Fact]
    public void One_parameter_list_numbers_the_fragments_of_several_compilations_without_clashes()
    {
        var parameters = new SqlParameters();

        var first = PredicateCompiler.Compile(FilterParser.Parse("score > 1"), Columns, parameters);
        var second = PredicateCompiler.Compile(FilterParser.Parse("label == \"a\""), Columns, parameters);

        Assert.Equal("coalesce(\"score\" > CAST($p0 AS DOUBLE), false)", first);
        Assert.Equal("coalesce(\"label\" = $p1, false)", second);
        Assert.Equal([("p0", (object?)1.0), ("p1", "a")], parameters.ToList());
    }

    [Fact]
    public void A_one_child_group_compiles_to_its_child_alone()
    {
        var sql = PredicateCompiler.Compile(Group.Or(new IsNull("label")), Columns, new SqlParameters());

        Assert.Equal("(\"label\" IS NULL)", sql);
    }

    [Fact]
    public void Numeric_ids_are_bound_as_numbers()
    {
        var columns = new DictionaryColumnResolver([ResolvedColumn.Quoted("n", ColumnType.Nominal, StorageKind.Numeric)], "n");
        var parameters = new SqlParameters();

        var sql = PredicateCompiler.Compile(new IdSet(["7"]), columns, parameters);

        Assert.Equal("coalesce(\"n\" IN (CAST($p0 AS DOUBLE)), false)", sql);
        Assert.Equal(7.0, parameters[0].Value);
    }
}
