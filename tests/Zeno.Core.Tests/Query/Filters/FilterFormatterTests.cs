using Zeno.Core.Query.Filters;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Query.Filters;

/// <summary>Trees written as canonical text, and text that reads back as the same tree.</summary>
public sealed class FilterFormatterTests
{
    private const int TreesPerSeed = 100;

    private static Comparison Eq(string column, double value) => new(column, ComparisonOp.Equal, new FilterValue.Number(value));

    public static TheoryData<Predicate, string> Cases => new()
    {
        { Eq("x", 1), "x == 1" },
        { new Comparison("x", ComparisonOp.GreaterOrEqual, new FilterValue.Number(-0.25)), "x >= -0.25" },
        { Eq("x", 1e21), "x == 1E+21" },
        { Eq("x", 1.5e-7), "x == 1.5E-07" },
        { new Comparison("d", ComparisonOp.Less, new FilterValue.Date(new DateTime(2024, 1, 31))), "d < 2024-01-31" },
        { new Comparison("d", ComparisonOp.Less, new FilterValue.Date(new DateTime(2024, 1, 31, 10, 0, 0, DateTimeKind.Utc))), "d < 2024-01-31T10:00:00" },
        { new Comparison("d", ComparisonOp.Less, new FilterValue.Date(new DateTime(2024, 1, 31, 10, 0, 0, 500))), "d < 2024-01-31T10:00:00.5" },
        { new Comparison("s", ComparisonOp.NotEqual, new FilterValue.Text("say \"hi\"\\\n\u0001")), "s != \"say \\\"hi\\\"\\\\\\n\\u0001\"" },
        { new Comparison("b", ComparisonOp.Equal, new FilterValue.Bool(false)), "b == false" },
        { Eq("mean radius", 1), "`mean radius` == 1" },
        { Eq("it`s", 1), "`it``s` == 1" },
        { Eq("Or", 1), "`Or` == 1" },
        { Eq("2nd", 1), "`2nd` == 1" },
        { Eq("a.b_c", 1), "a.b_c == 1" },
        { new ColumnComparison("output", ComparisonOp.NotEqual, "label"), "output != label" },
        { new ColumnComparison("end date", ComparisonOp.GreaterOrEqual, "start date"), "`end date` >= `start date`" },
        { new ColumnComparison("x", ComparisonOp.Equal, "true"), "x == `true`" },
        { new ColumnComparison("x", ComparisonOp.Less, "NULL"), "x < `NULL`" },
        { new ColumnComparison("x", ComparisonOp.LessOrEqual, "1st"), "x <= `1st`" },
        { new ColumnComparison("x", ComparisonOp.Greater, "it`s"), "x > `it``s`" },
        { new Not(new ColumnComparison("a", ComparisonOp.Equal, "b")), "not a == b" },
        { new IsNull("x"), "x == null" },
        { new IsNull("x", Negated: true), "x != null" },
        { new InList("x", [new FilterValue.Number(1), new FilterValue.Text("a")]), "x in [1, \"a\"]" },
        { new InList("x", [], negated: true), "x not in []" },
        { new IdSet(["r1", "r\"2"], negated: true), "@id not in [\"r1\", \"r\\\"2\"]" },
        { new TextMatch("t", "cat"), "t ~ \"cat\"" },
        { new TextMatch("t", "cat", CaseSensitive: true, WholeWord: true, Negated: true), "t !~ \"cat\"cw" },
        { new TextMatch("t", "^a/b", IsRegex: true, CaseSensitive: true), "t ~ /^a\\/b/" },
        { new TextMatch("t", "cat", IsRegex: true, WholeWord: true), "t ~ /cat/iw" },
        { Group.And(Eq("a", 1), Group.Or(Eq("b", 2), Eq("c", 3))), "a == 1 and (b == 2 or c == 3)" },
        { Group.Or(Eq("a", 1), Group.And(Eq("b", 2), Eq("c", 3))), "a == 1 or b == 2 and c == 3" },
        { Group.Or(Eq("a", 1), Group.Or(Eq("b", 2), Eq("c", 3))), "a == 1 or (b == 2 or c == 3)" },
        { Group.And(Eq("a", 1), Group.And(Eq("b", 2), Eq("c", 3))), "a == 1 and (b == 2 and c == 3)" },
        { new Not(Group.Or(Eq("a", 1), Eq("b", 2))), "not (a == 1 or b == 2)" },
        { Group.And(new Not(Eq("a", 1)), new Not(new Not(Eq("b", 2)))), "not a == 1 and not not b == 2" },
        { Group.And(Group.Or(Group.And(Eq("a", 1), Eq("b", 2)))), "a == 1 and b == 2" },
        { Group.And(), "true" },
        { new Not(Group.Or()), "not false" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_tree_is_written_as_canonical_filter_text(Predicate tree, string expected)
    {
        Assert.Equal(expected, FilterFormatter.Format(tree));
        Assert.Equal(expected, tree.ToString());
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    [InlineData(15)]
    public void Parsing_the_formatted_text_of_a_random_tree_gives_the_same_tree(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < TreesPerSeed; i++)
        {
            var tree = Some.AnyPredicate(random);
            var text = FilterFormatter.Format(tree);
            var parsed = FilterParser.Parse(text);
            Assert.True(tree.Equals(parsed), $"seed {seed}, tree {i}:\n  wrote  {text}\n  reread {parsed}");
        }
    }

    [Fact]
    public void Random_table_trees_survive_the_round_trip_too()
    {
        var random = new Random(21);
        var table = Some.Table(random, rows: 40);
        for (var i = 0; i < 100; i++)
        {
            var tree = Some.Predicate(random, table);
            Assert.Equal(tree, FilterParser.Parse(FilterFormatter.Format(tree)));
        }
    }

    [Fact]
    public void Formatting_is_idempotent_on_text_written_by_hand()
    {
        const string written = "NOT (x==1 OR `y`  in [ 1,2 ]) and z ~ \"Q\"c";

        var canonical = FilterFormatter.Format(FilterParser.Parse(written));

        Assert.Equal("not (x == 1 or y in [1, 2]) and z ~ \"Q\"c", canonical);
        Assert.Equal(canonical, FilterFormatter.Format(FilterParser.Parse(canonical)));
    }
}
