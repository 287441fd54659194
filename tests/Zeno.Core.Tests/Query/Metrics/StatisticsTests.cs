using Zeno.Core.Config;
using Zeno.Core.Errors;
using Zeno.Core.Query.Metrics;
using static Zeno.Core.Tests.Query.Metrics.Rows;

namespace Zeno.Core.Tests.Query.Metrics;

public sealed class StatisticsTests
{
    [Fact]
    public void Class_tallies_of_two_parts_add_up_to_those_of_the_whole()
    {
        var sum = Classes("aab", "abb") + Classes("cb", "ca");
        var whole = Classes("aabcb", "abbca");

        Assert.Equal(whole.Total, sum.Total);
        Assert.Equal(whole.Classes.OrderBy(t => t.Class), sum.Classes.OrderBy(t => t.Class));
        Assert.Equal(Compute(BuiltInMetric.F1, whole), Compute(BuiltInMetric.F1, sum));
    }

    [Fact]
    public void Sums_of_two_parts_add_up_to_those_of_the_whole()
    {
        Assert.Equal(new MatchCounts(5, 3), new MatchCounts(2, 1) + new MatchCounts(3, 2));
        Assert.Equal(Regression((0, 1), (5, 3), (1, 3)), Regression((0, 1)) + Regression((5, 3), (1, 3)));
        Assert.Equal(new MeanSums(3, 6), new MeanSums(1, 1) + new MeanSums(2, 5));
        Assert.Equal(new RowCount(7), new RowCount(3) + new RowCount(4));
        Assert.Equal(new ErrorRateSums(3, 10), new ErrorRateSums(1, 4) + new ErrorRateSums(2, 6));
    }

    [Fact]
    public void Statistics_of_the_wrong_kind_are_rejected_naming_the_kind_needed()
    {
        var e = Assert.Throws<ArgumentException>(() => Compute(BuiltInMetric.Mae, new MatchCounts(1, 1)));

        Assert.Contains("Regression", e.Message);
    }

    [Fact]
    public void A_metric_function_has_no_built_in_math()
    {
        var custom = new MetricConfig("loudness", new SourceLocation("zeno.toml", 3));

        Assert.Throws<ArgumentException>(() => MetricMath.Compute(custom, new RowCount(1)));
    }

    [Theory]
    [InlineData(BuiltInMetric.Accuracy, StatisticsKind.Matches)]
    [InlineData(BuiltInMetric.ExactMatch, StatisticsKind.TrimmedMatches)]
    [InlineData(BuiltInMetric.F1, StatisticsKind.Classes)]
    [InlineData(BuiltInMetric.Rmse, StatisticsKind.Regression)]
    [InlineData(BuiltInMetric.Wer, StatisticsKind.WordEdits)]
    [InlineData(BuiltInMetric.Cer, StatisticsKind.CharEdits)]
    public void Each_metric_names_the_statistics_the_engine_must_compute(BuiltInMetric metric, StatisticsKind kind)
    {
        Assert.Equal(kind, MetricMath.StatisticsFor(metric));
    }
}
