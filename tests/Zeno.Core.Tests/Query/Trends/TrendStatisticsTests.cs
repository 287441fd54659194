using Zeno.Core.Query.Trends;

namespace Zeno.Core.Tests.Query.Trends;

public sealed class TrendStatisticsTests
{
    private static readonly double?[] Steady = [0.80, 0.81, 0.79, 0.80, 0.81, 0.80];
    private static readonly double?[] Falling = [0.90, 0.88, 0.85, 0.83, 0.80, 0.79];
    private static readonly double?[] Rising = [0.79, 0.80, 0.83, 0.85, 0.88, 0.90];
    private static readonly double?[] ZigZag = [0.70, 0.85, 0.68, 0.86, 0.71, 0.84];

    [Fact]
    public void A_steady_series_with_small_noise_is_not_flagged()
    {
        var trend = TrendStatistics.Compute(Steady);
        Assert.False(trend.Regressing);
        Assert.False(trend.Volatile);
        Assert.True(trend.PValue > 0.5);
        Assert.True(trend.Volatility < 0.01);
    }

    [Fact]
    public void A_falling_series_is_a_significant_regression()
    {
        var trend = TrendStatistics.Compute(Falling, name: "accuracy");
        // Σ(x − x̄)(y − ȳ) = −0.405 over Σ(x − x̄)² = 17.5 for x = 0 … 5.
        Assert.Equal(-0.405 / 17.5, trend.Slope!.Value, 12);
        Assert.True(trend.PValue < 0.001);
        Assert.True(trend.TStatistic < -10);
        Assert.True(trend.Regressing);
        Assert.False(trend.Volatile);
        Assert.Equal(5 * trend.Slope.Value, trend.FittedChange!.Value, 12);
        Assert.Equal("accuracy falls by 0.023 per model (p < 0.001), a regression.", trend.Explanation);
    }

    [Fact]
    public void The_slope_and_its_standard_error_match_a_hand_computed_fit()
    {
        // y = 1, 3, 2, 5 at x = 0 … 3: slope 1.1, intercept 1.1; residuals −0.1, 0.8, −1.3, 0.6 → SSE 2.7.
        var trend = TrendStatistics.Compute([1, 3, 2, 5]);
        Assert.Equal(1.1, trend.Slope!.Value, 12);
        Assert.Equal(1.1, trend.Intercept!.Value, 12);
        var standardError = Math.Sqrt(2.7 / 2 / 5);
        Assert.Equal(standardError, trend.SlopeStandardError!.Value, 12);
        Assert.Equal(1.1 / standardError, trend.TStatistic!.Value, 10);
        Assert.Equal(StudentT.TwoSidedP(1.1 / standardError, 2), trend.PValue!.Value, 12);
        Assert.Equal([1.1, 2.2, 3.3, 4.4], trend.Fitted.Select(v => Math.Round(v!.Value, 10)));
    }

    [Fact]
    public void A_rising_series_is_not_a_regression_of_a_higher_is_better_metric_but_is_one_of_an_error_rate()
    {
        var accuracy = TrendStatistics.Compute(Rising);
        var errorRate = TrendStatistics.Compute(Rising, MetricDirection.LowerIsBetter, name: "error_rate");
        Assert.False(accuracy.Regressing);
        Assert.True(errorRate.Regressing);
        Assert.Equal(accuracy.PValue, errorRate.PValue);
        Assert.StartsWith("error_rate rises by 0.023 per model (p < 0.001), a regression", errorRate.Explanation, StringComparison.Ordinal);
        Assert.True(TrendStatistics.Compute(Falling, MetricDirection.LowerIsBetter).PValue < 0.001);
        Assert.False(TrendStatistics.Compute(Falling, MetricDirection.LowerIsBetter).Regressing);
    }

    [Fact]
    public void A_neutral_metric_is_never_a_regression() =>
        Assert.False(TrendStatistics.Compute(Falling, MetricDirection.Neutral).Regressing);

    [Fact]
    public void A_zig_zag_is_volatile_but_not_a_regression()
    {
        var trend = TrendStatistics.Compute(ZigZag, name: "accuracy");
        Assert.True(trend.Volatile);
        Assert.False(trend.Regressing);
        Assert.True(trend.Volatility > TrendStatistics.VolatilityThreshold);
        Assert.Contains("not significant", trend.Explanation, StringComparison.Ordinal);
        Assert.Contains("swings by about ±0.", trend.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_steep_steady_improvement_is_not_volatile() =>
        Assert.False(TrendStatistics.Compute([0.50, 0.60, 0.70, 0.80, 0.90]).Volatile);

    [Fact]
    public void A_tiny_but_consistent_decline_is_significant_yet_not_flagged()
    {
        var trend = TrendStatistics.Compute([0.9000, 0.8991, 0.8979, 0.8971, 0.8960, 0.8951], name: "accuracy");
        Assert.True(trend.PValue < TrendStatistics.SignificanceLevel);
        Assert.True(Math.Abs(trend.FittedChange!.Value) < TrendStatistics.MinimumRegression);
        Assert.False(trend.Regressing);
        Assert.Contains("less than 1% of its scale", trend.Explanation, StringComparison.Ordinal);
    }

    public static TheoryData<double?[]> Series => new() { Steady, Falling, Rising, ZigZag, new double?[] { 0.9, null, 0.85, 0.86, 0.8 } };

    [Theory]
    [MemberData(nameof(Series))]
    public void Fractions_and_percentages_get_the_same_flags_and_p_values(double?[] series)
    {
        var fraction = TrendStatistics.Compute(series);
        var percent = TrendStatistics.Compute(series.Select(v => v * 100).ToList());
        Assert.Equal(1, fraction.Scale);
        Assert.Equal(100, percent.Scale);
        Assert.Equal(fraction.Regressing, percent.Regressing);
        Assert.Equal(fraction.Volatile, percent.Volatile);
        Assert.Equal(fraction.PValue!.Value, percent.PValue!.Value, 10);
        Assert.Equal(fraction.TStatistic!.Value, percent.TStatistic!.Value, 8);
        Assert.Equal(fraction.Slope!.Value * 100, percent.Slope!.Value, 10);
        Assert.Equal(fraction.Volatility!.Value, percent.Volatility!.Value, 10);
    }

    [Fact]
    public void Missing_values_are_skipped_but_keep_their_model_index()
    {
        var trend = TrendStatistics.Compute([0.90, null, 0.85, double.NaN, 0.80, 0.78]);
        Assert.Equal(4, trend.DefinedPoints);
        Assert.Null(trend.Values[3]);
        // Points at x = 0, 2, 4, 5: Σ(x − x̄)(y − ȳ) = −0.3575 over Σ(x − x̄)² = 14.75.
        Assert.Equal(-0.3575 / 14.75, trend.Slope!.Value, 12);
        Assert.Equal(6, trend.Fitted.Count);
        Assert.All(trend.Fitted, value => Assert.NotNull(value));
        Assert.Equal(5 * trend.Slope.Value, trend.FittedChange!.Value, 12);
        Assert.True(trend.Regressing);
    }

    [Fact]
    public void Two_points_have_a_slope_but_no_significance_and_no_flags()
    {
        var trend = TrendStatistics.Compute([0.9, 0.5], name: "accuracy");
        Assert.Equal(-0.4, trend.Slope!.Value, 12);
        Assert.Null(trend.PValue);
        Assert.Null(trend.SlopeStandardError);
        Assert.Null(trend.Volatility);
        Assert.False(trend.Regressing);
        Assert.False(trend.Volatile);
        Assert.Equal("accuracy falls by 0.4 per model, but 2 models are too few to test the trend.", trend.Explanation);
    }

    [Fact]
    public void Two_defined_points_among_nulls_are_still_too_few()
    {
        var trend = TrendStatistics.Compute([0.9, null, null, 0.1]);
        Assert.Equal(2, trend.DefinedPoints);
        Assert.Null(trend.PValue);
        Assert.False(trend.Regressing);
    }

    [Theory]
    [InlineData(0.8)]
    [InlineData(0.1)]
    [InlineData(73.3)]
    public void Identical_values_are_flat_without_dividing_by_zero(double value)
    {
        var trend = TrendStatistics.Compute([value, value, value, value, value, value, value]);
        Assert.Equal(0, trend.Slope);
        Assert.Equal(0, trend.SlopeStandardError);
        Assert.Equal(0, trend.TStatistic);
        Assert.Equal(1, trend.PValue);
        Assert.Equal(0, trend.Volatility);
        Assert.False(trend.Regressing);
        Assert.False(trend.Volatile);
        Assert.All(trend.Fitted, fitted => Assert.Equal(value, fitted));
        Assert.Equal("The metric is flat across 7 models.", trend.Explanation);
    }

    [Fact]
    public void A_perfect_line_has_a_zero_p_value_and_no_infinite_t()
    {
        var trend = TrendStatistics.Compute([0.75, 0.5, 0.25]);
        Assert.Equal(0, trend.PValue);
        Assert.Equal(0, trend.SlopeStandardError);
        Assert.Null(trend.TStatistic);
        Assert.True(trend.Regressing);
    }

    [Fact]
    public void No_or_one_defined_value_has_no_trend()
    {
        var none = TrendStatistics.Compute([null, null]);
        var one = TrendStatistics.Compute([null, 0.7, null], name: "f1");
        Assert.Null(none.Slope);
        Assert.Null(one.Slope);
        Assert.Equal([null, null, null], one.Fitted);
        Assert.False(one.Regressing || one.Volatile);
        Assert.Equal("The metric is undefined for every model.", none.Explanation);
        Assert.Equal("f1 is defined for one model only, so it has no trend.", one.Explanation);
        Assert.Empty(TrendStatistics.Compute([]).Fitted);
    }

    [Fact]
    public void The_scale_is_explicit_a_rate_a_percentage_or_the_mean_magnitude()
    {
        Assert.Equal(5, TrendStatistics.Compute([0.2, 0.3, 0.4], scale: 5).Scale);
        Assert.Equal(1, TrendStatistics.Compute([0, 0.5, 1]).Scale);
        Assert.Equal(100, TrendStatistics.Compute([2.5, 3.1, 4.0]).Scale);
        Assert.Equal(200, TrendStatistics.Compute([150, 200, 250]).Scale, 12);
        Assert.Equal(0.3, TrendStatistics.Compute([-0.5, -0.3, -0.1]).Scale, 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => TrendStatistics.Compute([0.2, 0.3], scale: 0));
    }

    [Fact]
    public void An_explicit_scale_changes_what_counts_as_noticeable()
    {
        // A fall of 0.5 over 4 models is 12.5% of a scale of 4 but only 0.5% of a scale of 100.
        double?[] series = [3.0, 2.9, 2.75, 2.6, 2.5];
        Assert.True(TrendStatistics.Compute(series, scale: 4).Regressing);
        Assert.False(TrendStatistics.Compute(series, scale: 100).Regressing);
    }
}
