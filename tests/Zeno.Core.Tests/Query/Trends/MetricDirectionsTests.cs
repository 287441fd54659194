using Zeno.Core.Config;
using Zeno.Core.Errors;
using Zeno.Core.Query.Trends;

namespace Zeno.Core.Tests.Query.Trends;

public sealed class MetricDirectionsTests
{
    private static MetricConfig Metric(BuiltInMetric? type, string name = "m") =>
        new(name, new SourceLocation("zeno.toml", 1)) { Type = type };

    [Theory]
    [InlineData(BuiltInMetric.ErrorRate, MetricDirection.LowerIsBetter)]
    [InlineData(BuiltInMetric.Mae, MetricDirection.LowerIsBetter)]
    [InlineData(BuiltInMetric.Rmse, MetricDirection.LowerIsBetter)]
    [InlineData(BuiltInMetric.Wer, MetricDirection.LowerIsBetter)]
    [InlineData(BuiltInMetric.Cer, MetricDirection.LowerIsBetter)]
    [InlineData(BuiltInMetric.Accuracy, MetricDirection.HigherIsBetter)]
    [InlineData(BuiltInMetric.F1, MetricDirection.HigherIsBetter)]
    [InlineData(BuiltInMetric.ExactMatch, MetricDirection.HigherIsBetter)]
    [InlineData(BuiltInMetric.Mean, MetricDirection.HigherIsBetter)]
    [InlineData(BuiltInMetric.Count, MetricDirection.Neutral)]
    [InlineData(null, MetricDirection.HigherIsBetter)]
    public void Each_metric_has_a_direction(BuiltInMetric? type, MetricDirection expected) =>
        Assert.Equal(expected, MetricDirections.Of(Metric(type)));

    [Fact]
    public void Rates_have_a_scale_of_one_even_when_a_word_error_rate_exceeds_one()
    {
        double?[] wer = [0.8, 1.2, 1.6, 2.0];
        Assert.Equal(1, MetricDirections.ScaleOf(Metric(BuiltInMetric.Wer), wer));
        Assert.Equal(1, TrendStatistics.Of(Metric(BuiltInMetric.Wer), wer).Scale);
        Assert.Equal(100, TrendStatistics.Compute(wer).Scale);
    }

    [Fact]
    public void Errors_in_data_units_are_judged_relative_to_their_size()
    {
        double?[] mae = [2.0, null, 3.0, 4.0];
        Assert.Equal(3, MetricDirections.ScaleOf(Metric(BuiltInMetric.Mae), mae));
        var trend = TrendStatistics.Of(Metric(BuiltInMetric.Mae, "mae"), mae);
        Assert.Equal(MetricDirection.LowerIsBetter, trend.Direction);
        Assert.StartsWith("mae rises by", trend.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Functions_and_means_let_the_values_decide() =>
        Assert.Null(MetricDirections.ScaleOf(Metric(null), [10.0, 20.0]));
}
