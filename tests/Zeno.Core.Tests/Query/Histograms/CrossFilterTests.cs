using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;

namespace Zeno.Core.Tests.Query.Histograms;

public sealed class CrossFilterTests
{
    private static readonly Predicate Base = new IsNull("x", Negated: true);
    private static readonly Predicate A = new Comparison("a", ComparisonOp.Greater, new FilterValue.Number(1));
    private static readonly Predicate B = new Comparison("b", ComparisonOp.Less, new FilterValue.Number(2));

    [Fact]
    public void Each_chart_leaves_out_only_its_own_clauses()
    {
        var cross = new CrossFilter(Base, [new SelectionClause("a", A), new SelectionClause("b", B)]);
        Assert.Equal(Group.And(Base, B), CrossFilter.Combine(cross.Parts("a")));
        Assert.Equal(Group.And(Base, A), CrossFilter.Combine(cross.Parts("b")));
        Assert.Equal(Group.And(Base, A, B), CrossFilter.Combine(cross.Parts("c")));
    }

    [Fact]
    public void Charts_without_a_clause_share_the_condition_of_the_whole_selection()
    {
        var cross = new CrossFilter(null, [new SelectionClause("a", A)]);
        Assert.Equal(cross.All, cross.Index("c"));
        Assert.Equal(cross.All, cross.Index("d"));
        Assert.NotEqual(cross.All, cross.Index("a"));
        Assert.Equal([A, null], cross.Conditions);
    }

    [Fact]
    public void Without_filter_or_clauses_every_row_counts()
    {
        var cross = new CrossFilter(null, []);
        Assert.Equal([null], cross.Conditions);
        Assert.Null(CrossFilter.Combine(cross.Parts("a")));
    }
}
