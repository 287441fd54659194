using Zeno.Core.Config;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Index;

namespace Zeno.Core.Tests.Query.Index;

public sealed class RowSetPlannerTests
{
    private static readonly (string, ColumnLayout)[] Charts =
    [
        ("score", new RangeLayout(BinSpec.For(0, 100, desired: 10))),
        ("city", new ValueLayout([new FilterValue.Text("Oslo"), new FilterValue.Text("Rome")], ColumnType.Nominal)),
    ];

    private static readonly Predicate Brush = Group.And(
        new Comparison("score", ComparisonOp.GreaterOrEqual, new FilterValue.Number(20)), new Comparison("score", ComparisonOp.Less, new FilterValue.Number(50)));
    private static readonly Predicate Search = new TextMatch("review", "cat", false, false, false, false);
    private static readonly Predicate Tagged = new IdSet(["r1", "r2"]);

    [Fact]
    public void A_bin_set_becomes_codes_of_its_chart()
    {
        var set = Assert.IsType<RowSet.Codes>(RowSetPlanner.Plan(Brush, Charts));
        Assert.Equal(0, set.Chart);
        Assert.Equal([false, false, true, true, true, false, false, false, false, false, false], set.Keep);
    }

    [Fact]
    public void Parts_that_are_not_bin_sets_share_one_query_and_the_rest_stays_on_codes()
    {
        var plan = RowSetPlanner.Plan(Group.And(Brush, Search, Tagged, new Comparison("city", ComparisonOp.Equal, new FilterValue.Text("Rome"))), Charts);
        var all = Assert.IsType<RowSet.AllOf>(plan);
        Assert.Equal([0, 1], all.Parts.OfType<RowSet.Codes>().Select(c => c.Chart));
        Assert.Equal([Group.And(Search, Tagged)], plan.QueriedParts());
    }

    [Fact]
    public void A_tree_without_bin_sets_is_one_query_and_not_keeps_codes_on_codes()
    {
        var tree = Group.Or(Search, new Not(Tagged));
        Assert.Equal(new RowSet.Queried(tree), RowSetPlanner.Plan(tree, Charts));
        Assert.IsType<RowSet.Codes>(RowSetPlanner.Plan(new Not(Brush), Charts));
        var mixed = Assert.IsType<RowSet.Except>(RowSetPlanner.Plan(new Not(Group.Or(Brush, Search)), Charts));
        Assert.IsType<RowSet.AnyOf>(mixed.Inner);
    }

    [Fact]
    public void A_column_that_is_not_charted_is_queried()
    {
        var other = new Comparison("count", ComparisonOp.Less, new FilterValue.Number(20));
        Assert.Equal(new RowSet.Queried(other), RowSetPlanner.Plan(other, Charts));
    }
}
