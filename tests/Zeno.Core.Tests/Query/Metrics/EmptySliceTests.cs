using Zeno.Core.Config;
using Zeno.Core.Query.Metrics;
using static Zeno.Core.Tests.Query.Metrics.Rows;

namespace Zeno.Core.Tests.Query.Metrics;

public sealed class EmptySliceTests
{
    public static TheoryData<BuiltInMetric> AllMetrics => [.. Enum.GetValues<BuiltInMetric>()];

    [Theory]
    [MemberData(nameof(AllMetrics))]
    public void Every_metric_but_count_is_undefined_on_an_empty_slice(BuiltInMetric metric)
    {
        var value = Compute(metric, EmptyStatistics(metric), positive: metric is BuiltInMetric.F1 ? "1" : null);

        if (metric == BuiltInMetric.Count) Assert.Equal(0.0, value);
        else Assert.Null(value);
    }

    [Fact]
    public void Binary_scores_of_an_empty_slice_are_undefined()
    {
        Assert.Null(Compute(BuiltInMetric.Precision, ClassCounts.Empty, "1"));
        Assert.Null(Compute(BuiltInMetric.Recall, ClassCounts.Empty, "1"));
    }

    [Fact]
    public void Error_rates_without_reference_text_are_undefined_even_with_edits()
    {
        // An empty reference against "a b": 2 insertions over 0 reference words has no rate.
        Assert.Null(Compute(BuiltInMetric.Wer, ErrorRateSums.ForWords("", "a b")));
        Assert.Null(Compute(BuiltInMetric.Cer, ErrorRateSums.ForChars(null, "ab")));
    }

    // What the engine computes over zero rows, chosen by the kind the metric declares it needs.
    private static MetricStatistics EmptyStatistics(BuiltInMetric metric) => MetricMath.StatisticsFor(metric) switch
    {
        StatisticsKind.Matches or StatisticsKind.TrimmedMatches => MatchCounts.Empty,
        StatisticsKind.Classes => ClassCounts.Empty,
        StatisticsKind.Regression => RegressionSums.Empty,
        StatisticsKind.Mean => MeanSums.Empty,
        StatisticsKind.Count => new RowCount(0),
        StatisticsKind.WordEdits or StatisticsKind.CharEdits => ErrorRateSums.Empty,
        var kind => throw new ArgumentOutOfRangeException(nameof(metric), kind, null),
    };
}
