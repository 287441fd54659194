using Zeno.Core.Config;
using Zeno.Core.Query.Metrics;
using static Zeno.Core.Tests.Query.Metrics.Rows;

namespace Zeno.Core.Tests.Query.Metrics;

public sealed class AccuracyAndNumericTests
{
    [Fact]
    public void Accuracy_and_error_rate_are_the_shares_of_right_and_wrong_rows()
    {
        var stats = new MatchCounts(Total: 3, Correct: 2);

        Assert.Equal(2.0 / 3, Compute(BuiltInMetric.Accuracy, stats)!.Value, 15);
        Assert.Equal(1.0 / 3, Compute(BuiltInMetric.ErrorRate, stats)!.Value, 15);
    }

    [Fact]
    public void Exact_match_is_the_share_of_trimmed_matches_the_engine_counted()
    {
        Assert.Equal(3.0 / 4, Compute(BuiltInMetric.ExactMatch, new MatchCounts(4, 3)));
    }

    [Fact]
    public void Accuracy_from_class_tallies_counts_true_positives_as_correct()
    {
        var stats = Classes("aabbc", "abbca");

        Assert.Equal(new MatchCounts(5, 2), stats.Matches);
        Assert.Equal(3.0 / 5, Compute(BuiltInMetric.ErrorRate, stats)!.Value, 15);
    }

    [Fact]
    public void Mae_and_rmse_follow_from_the_sums_of_errors()
    {
        // Errors 1, −2, 2, −4: Σ|e| = 9, Σe² = 25.
        var stats = Regression((0, 1), (5, 3), (1, 3), (4, 0));

        Assert.Equal(9.0 / 4, Compute(BuiltInMetric.Mae, stats));
        Assert.Equal(5.0 / 2, Compute(BuiltInMetric.Rmse, stats));
    }

    [Fact]
    public void Mean_is_the_sum_over_the_count()
    {
        Assert.Equal(5.0 / 2, Compute(BuiltInMetric.Mean, new MeanSums(4, 1 + 2 + 3 + 4)));
    }

    [Fact]
    public void Count_is_the_number_of_rows()
    {
        Assert.Equal(5.0, Compute(BuiltInMetric.Count, new RowCount(5)));
    }
}
