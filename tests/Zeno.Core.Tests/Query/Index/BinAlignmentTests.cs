using Zeno.Core.Config;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Index;

namespace Zeno.Core.Tests.Query.Index;

public sealed class BinAlignmentTests
{
    private static readonly RangeLayout Score = new(BinSpec.For(0, 100, desired: 10));
    private static readonly TimeLayout Day = new(DateBinSpec.For(new DateTime(2024, 1, 1), new DateTime(2024, 1, 20), dateOnly: true));
    private static readonly ValueLayout City = new([new FilterValue.Text("Oslo"), new FilterValue.Text("Rome"), new FilterValue.Text("Lima")], ColumnType.Nominal);

    private static Comparison Less(string column, double edge) => new(column, ComparisonOp.Less, new FilterValue.Number(edge));

    private static Comparison AtLeast(string column, double edge) => new(column, ComparisonOp.GreaterOrEqual, new FilterValue.Number(edge));

    private static int[] Kept(bool[]? codes) => [.. codes!.Select((keep, code) => (keep, code)).Where(p => p.keep).Select(p => p.code)];

    [Fact]
    public void Every_bar_filter_is_exactly_its_own_bin()
    {
        foreach (var (column, layout) in new (string, ColumnLayout)[] { ("score", Score), ("day", Day), ("city", City) })
        {
            var buckets = layout.Buckets(column);
            for (var bin = 0; bin < buckets.Count; bin++)
                Assert.Equal([bin], Kept(BinAlignment.Codes(buckets[bin].Filter, column, layout)));
            Assert.Equal([layout.BinCount], Kept(BinAlignment.Codes(new IsNull(column), column, layout)));
        }
    }

    [Fact]
    public void A_brushed_range_of_bins_is_those_bins_and_never_missing()
    {
        Assert.Equal(10, Score.BinCount);
        var brush = Group.And(AtLeast("score", 20), Less("score", 50));
        Assert.Equal([2, 3, 4], Kept(BinAlignment.Codes(brush, "score", Score)));
        Assert.Equal([0, 1], Kept(BinAlignment.Codes(Less("score", 20), "score", Score)));
        Assert.Equal([9, 10], Kept(BinAlignment.Codes(Group.Or(AtLeast("score", 90), new IsNull("score")), "score", Score)));
        // Outside the brush: every other bin, and missing values too (not is two-valued).
        Assert.Equal([0, 1, 5, 6, 7, 8, 9, 10], Kept(BinAlignment.Codes(new Not(brush), "score", Score)));
    }

    [Fact]
    public void Comparisons_off_the_inner_edges_are_not_bin_sets()
    {
        Assert.Null(BinAlignment.Codes(Less("score", 25), "score", Score));
        // The outer bins are open-ended: -∞ is below the first edge, NaN and +∞ above the last.
        Assert.Null(BinAlignment.Codes(Less("score", 0), "score", Score));
        Assert.Null(BinAlignment.Codes(AtLeast("score", 100), "score", Score));
        // x <= edge keeps the values equal to the edge, which start the next bin.
        Assert.Null(BinAlignment.Codes(new Comparison("score", ComparisonOp.LessOrEqual, new FilterValue.Number(20)), "score", Score));
        Assert.Null(BinAlignment.Codes(new Comparison("score", ComparisonOp.Less, new FilterValue.Text("20")), "score", Score));
        Assert.Null(BinAlignment.Codes(Group.And(Less("score", 20), Less("other", 20)), "score", Score));
        Assert.Null(BinAlignment.Codes(new TextMatch("score", "2", false, false, false, false), "score", Score));
    }

    [Fact]
    public void Dates_align_on_their_calendar_edges()
    {
        var edge = Day.Spec.Edges[1];
        Assert.Equal([0], Kept(BinAlignment.Codes(new Comparison("day", ComparisonOp.Less, new FilterValue.Date(edge)), "day", Day)));
        Assert.Null(BinAlignment.Codes(new Comparison("day", ComparisonOp.Less, new FilterValue.Date(edge.AddHours(1))), "day", Day));
    }

    [Fact]
    public void Charted_values_are_their_bars_and_other_values_are_not_bin_sets()
    {
        Assert.Equal(4, City.BinCount);
        Assert.Equal([1], Kept(BinAlignment.Codes(new Comparison("city", ComparisonOp.Equal, new FilterValue.Text("Rome")), "city", City)));
        // != keeps every present bar, "other" included, but not missing values.
        Assert.Equal([0, 2, 3], Kept(BinAlignment.Codes(new Comparison("city", ComparisonOp.NotEqual, new FilterValue.Text("Rome")), "city", City)));
        Assert.Equal([0, 2], Kept(BinAlignment.Codes(new InList("city", [new FilterValue.Text("Lima"), new FilterValue.Text("Oslo")]), "city", City)));
        Assert.Equal([3], Kept(BinAlignment.Codes(new InList("city", City.Values, negated: true), "city", City)));
        Assert.Equal([0, 1, 2, 3], Kept(BinAlignment.Codes(new InList("city", [], negated: true), "city", City)));
        Assert.Null(BinAlignment.Codes(new Comparison("city", ComparisonOp.Equal, new FilterValue.Text("Paris")), "city", City));
        Assert.Null(BinAlignment.Codes(new Comparison("city", ComparisonOp.Equal, new FilterValue.Text("rome")), "city", City));
        Assert.Null(BinAlignment.Codes(new IdSet(["r1"]), "city", City));
    }

    [Fact]
    public void Empty_groups_are_everything_and_nothing()
    {
        Assert.Equal([0, 1, 2, 3, 4], Kept(BinAlignment.Codes(Group.And(), "city", City)));
        Assert.Empty(Kept(BinAlignment.Codes(Group.Or(), "city", City)));
    }
}
