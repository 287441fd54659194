using Zeno.Core.Query.Filters;

namespace Zeno.Core.Tests.Query.Filters;

/// <summary>Texts of the filter language and the trees they mean.</summary>
public sealed class FilterParserTests
{
    private static FilterValue.Number N(double value) => new(value);

    private static FilterValue.Text S(string value) => new(value);

    private static Comparison Eq(string column, FilterValue value) => new(column, ComparisonOp.Equal, value);

    public static TheoryData<string, Predicate> Cases => new()
    {
        { "x == 1", Eq("x", N(1)) },
        { "x != 1", new Comparison("x", ComparisonOp.NotEqual, N(1)) },
        { "x<1", new Comparison("x", ComparisonOp.Less, N(1)) },
        { "x <= -1.5", new Comparison("x", ComparisonOp.LessOrEqual, N(-1.5)) },
        { "x > 2.5e3", new Comparison("x", ComparisonOp.Greater, N(2500)) },
        { "x >= .5", new Comparison("x", ComparisonOp.GreaterOrEqual, N(0.5)) },
        { "x>-1E-2", new Comparison("x", ComparisonOp.Greater, N(-0.01)) },
        { "name == \"a \\\"b\\\" \\\\ \\n \\t \\/ \\u00e9\"", Eq("name", S("a \"b\" \\ \n \t / é")) },
        { "ok == true", Eq("ok", new FilterValue.Bool(true)) },
        { "ok == FALSE", Eq("ok", new FilterValue.Bool(false)) },
        { "d == 2024-01-31", Eq("d", new FilterValue.Date(new DateTime(2024, 1, 31))) },
        { "d < 2024-01-31T10:30", new Comparison("d", ComparisonOp.Less, new FilterValue.Date(new DateTime(2024, 1, 31, 10, 30, 0))) },
        { "d < 2024-01-31T10:30:15.25", new Comparison("d", ComparisonOp.Less, new FilterValue.Date(new DateTime(2024, 1, 31, 10, 30, 15, 250))) },
        { "d < 2024-01-31T10:00:00Z", new Comparison("d", ComparisonOp.Less, new FilterValue.Date(new DateTime(2024, 1, 31, 10, 0, 0))) },
        { "d < 2024-01-31T10:00:00+02:00", new Comparison("d", ComparisonOp.Less, new FilterValue.Date(new DateTime(2024, 1, 31, 8, 0, 0))) },
        { "d == \"2024-01-31\"", Eq("d", S("2024-01-31")) },
        { "output != label", new ColumnComparison("output", ComparisonOp.NotEqual, "label") },
        { "output == label", new ColumnComparison("output", ComparisonOp.Equal, "label") },
        { "predicted_price>price", new ColumnComparison("predicted_price", ComparisonOp.Greater, "price") },
        { "`end date` >= `start date`", new ColumnComparison("end date", ComparisonOp.GreaterOrEqual, "start date") },
        { "a.b <= `it``s`", new ColumnComparison("a.b", ComparisonOp.LessOrEqual, "it`s") },
        { "x < x", new ColumnComparison("x", ComparisonOp.Less, "x") },
        { "x == True", Eq("x", new FilterValue.Bool(true)) },
        { "x == `true`", new ColumnComparison("x", ComparisonOp.Equal, "true") },
        { "x != `NULL`", new ColumnComparison("x", ComparisonOp.NotEqual, "NULL") },
        { "x == `2024-01-31`", new ColumnComparison("x", ComparisonOp.Equal, "2024-01-31") },
        { "x == \"label\"", Eq("x", S("label")) },
        { "x == null", new IsNull("x") },
        { "x != NULL", new IsNull("x", Negated: true) },
        { "x in [1, \"a\", true]", new InList("x", [N(1), S("a"), new FilterValue.Bool(true)]) },
        { "x not in []", new InList("x", [], negated: true) },
        { "x NOT IN [2024-01-31]", new InList("x", [new FilterValue.Date(new DateTime(2024, 1, 31))], negated: true) },
        { "`mean radius` > 15", new Comparison("mean radius", ComparisonOp.Greater, N(15)) },
        { "`it``s` == 1", Eq("it`s", N(1)) },
        { "`and` == 1", Eq("and", N(1)) },
        { "meta.size_2 == 1", Eq("meta.size_2", N(1)) },
        { "t ~ \"cat\"", new TextMatch("t", "cat") },
        { "t ~ \"cat\"c", new TextMatch("t", "cat", CaseSensitive: true) },
        { "t ~ \"cat\"wc", new TextMatch("t", "cat", CaseSensitive: true, WholeWord: true) },
        { "t !~ \"cat\"", new TextMatch("t", "cat", Negated: true) },
        { "t ~ /^c.t$/", new TextMatch("t", "^c.t$", IsRegex: true, CaseSensitive: true) },
        { "t ~ /a\\/b\\b\\\\/i", new TextMatch("t", @"a/b\b\\", IsRegex: true) },
        { "t !~ /cat/iw", new TextMatch("t", "cat", IsRegex: true, WholeWord: true, Negated: true) },
        { "@id in [\"r1\", \"r2\"]", new IdSet(["r1", "r2"]) },
        { "@id not in [\"r1\", 7]", new IdSet(["r1", "7"], negated: true) },
        { "a == 1 and b == 2 or c == 3", Group.Or(Group.And(Eq("a", N(1)), Eq("b", N(2))), Eq("c", N(3))) },
        { "a == 1 or b == 2 and c == 3", Group.Or(Eq("a", N(1)), Group.And(Eq("b", N(2)), Eq("c", N(3)))) },
        { "a == 1 or b == 2 or c == 3", Group.Or(Eq("a", N(1)), Eq("b", N(2)), Eq("c", N(3))) },
        { "(a == 1 or b == 2) and c == 3", Group.And(Group.Or(Eq("a", N(1)), Eq("b", N(2))), Eq("c", N(3))) },
        { "a == 1 and (b == 2 and c == 3)", Group.And(Eq("a", N(1)), Group.And(Eq("b", N(2)), Eq("c", N(3)))) },
        { "((a == 1))", Eq("a", N(1)) },
        { "not a == 1 and b == 2", Group.And(new Not(Eq("a", N(1))), Eq("b", N(2))) },
        { "not (a == 1 or b == 2)", new Not(Group.Or(Eq("a", N(1)), Eq("b", N(2)))) },
        {
            "not output == label or label in [1]",
            Group.Or(new Not(new ColumnComparison("output", ComparisonOp.Equal, "label")), new InList("label", [N(1)]))
        },
        { "not not a == 1", new Not(new Not(Eq("a", N(1)))) },
        { "a == 1 AND b == 2", Group.And(Eq("a", N(1)), Eq("b", N(2))) },
        { "true", Group.And() },
        { "false or a == 1", Group.Or(Group.Or(), Eq("a", N(1))) },
        { "", Group.And() },
        { "  \t ", Group.And() },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_filter_text_parses_to_the_tree_it_means(string filter, Predicate expected)
    {
        Assert.Equal(expected, FilterParser.Parse(filter));
    }

    [Fact]
    public void Trees_with_equal_contents_are_equal_even_when_their_lists_are_different_objects()
    {
        Assert.Equal(new InList("x", new List<FilterValue> { N(1) }), new InList("x", [N(1)]));
        Assert.Equal(Group.And(new IdSet(["a"]), Eq("x", N(1))).GetHashCode(), Group.And(new IdSet(["a"]), Eq("x", N(1))).GetHashCode());
        Assert.NotEqual<Predicate>(Group.And(Eq("x", N(1))), Group.Or(Eq("x", N(1))));
        Assert.NotEqual<Predicate>(new IdSet(["a"]), new IdSet(["a"], negated: true));
    }

    [Fact]
    public void A_tree_lists_the_columns_it_reads_once_each_in_order()
    {
        var tree = FilterParser.Parse("b == 1 and (a ~ \"x\" or not b in [2]) and c == null and @id in [\"r\"]");

        Assert.Equal(["b", "a", "c"], tree.Columns());
    }

    [Fact]
    public void A_column_comparison_lists_both_columns_left_first()
    {
        var tree = FilterParser.Parse("output != label and (label == \"1\" or score > `predicted score`) and output == output");

        Assert.Equal(["output", "label", "score", "predicted score"], tree.Columns());
    }
}
