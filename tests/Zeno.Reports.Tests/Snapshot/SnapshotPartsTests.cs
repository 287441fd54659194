using Zeno.Core.Config;
using Zeno.Core.Query.Trends;
using Zeno.Core.State;
using Zeno.Reports.Snapshot;

namespace Zeno.Reports.Tests.Snapshot;

public sealed class SnapshotPartsTests
{
    private static readonly string[] Slices = ["a", "b"], Models = ["v1", "v2", "v3"], Metrics = ["accuracy", "f1"];

    [Fact]
    public void A_chart_holds_the_first_slice_the_latest_model_and_the_first_metric_for_dimensions_on_no_channel()
    {
        var held = ChartHelds.Resolve(ChartType.Bar, new ChartEncoding(ChartDimension.Slices), Slices, Models, Metrics, null, "r");

        Assert.Equal(new ChartHeld(null, "v3", "accuracy"), held);
        Assert.Equal(new ChartHeld("a", null, null),
            ChartHelds.Resolve(ChartType.Line, new ChartEncoding(ChartDimension.Models, ChartDimension.Metrics), Slices, Models, Metrics, null, "r"));
    }

    [Fact]
    public void A_requested_value_replaces_the_default_only_where_the_chart_holds_that_dimension()
    {
        var held = ChartHelds.Resolve(ChartType.Bar, new ChartEncoding(ChartDimension.Slices, ChartDimension.Models), Slices, Models, Metrics,
            new ChartHeld("b", "v1", "f1"), "r");

        Assert.Equal(new ChartHeld(null, null, "f1"), held);
    }

    [Fact]
    public void A_heat_map_always_holds_a_model_and_a_metric()
    {
        var held = ChartHelds.Resolve(ChartType.Heatmap, new ChartEncoding(ChartDimension.Slices, ChartDimension.Models), Slices, Models, Metrics,
            new ChartHeld(null, "v2", null), "r");

        Assert.Equal(new ChartHeld(null, "v2", "accuracy"), held);
    }

    [Fact]
    public void An_unknown_requested_value_is_an_error_that_lists_the_reports_values()
    {
        var e = Assert.Throws<UnknownNameException>(() =>
            ChartHelds.Resolve(ChartType.Bar, new ChartEncoding(ChartDimension.Slices), Slices, Models, Metrics, new ChartHeld(null, null, "f2"), "Quality"));

        Assert.Equal("metric", e.What);
        Assert.Contains("report 'Quality' has no metric 'f2' (did you mean 'f1'?); metrics: accuracy, f1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_regression_marker_explains_the_slope_its_p_value_and_the_rule()
    {
        var trend = TrendStatistics.Compute([0.95, 0.93, 0.90, 0.86, 0.83], MetricDirection.HigherIsBetter, 1, "accuracy");

        var marker = Assert.Single(TrendMarkers.Of(trend, "accuracy"));

        Assert.Equal(TrendMarkerKind.Regression, marker.Kind);
        Assert.StartsWith("Regression: accuracy falls by 0.031 per model", marker.Explanation, StringComparison.Ordinal);
        Assert.Contains("Student's t, 3 degrees of freedom", marker.Explanation, StringComparison.Ordinal);
        Assert.Contains("below 0.05", marker.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_volatile_metric_gets_a_marker_that_gives_its_swing_as_a_share_of_the_scale()
    {
        var trend = TrendStatistics.Compute([0.80, 0.95, 0.78, 0.96, 0.80], MetricDirection.HigherIsBetter, 1, "accuracy");

        var marker = Assert.Single(TrendMarkers.Of(trend, "accuracy"));

        Assert.Equal(TrendMarkerKind.Volatile, marker.Kind);
        Assert.Contains("at or above the 5% threshold", marker.Explanation, StringComparison.Ordinal);
        Assert.Empty(TrendMarkers.Of(TrendStatistics.Compute([0.7, 0.8, 0.9], MetricDirection.HigherIsBetter, 1, "accuracy"), "accuracy"));
    }

    [Theory]
    [InlineData(BuiltInMetric.Accuracy, new[] { 0.5 }, true)]
    [InlineData(BuiltInMetric.Wer, new[] { 0.5 }, false)]
    [InlineData(BuiltInMetric.Count, new[] { 0.5 }, false)]
    [InlineData(BuiltInMetric.Mean, new[] { 0.2, 0.9 }, true)]
    [InlineData(BuiltInMetric.Mean, new[] { 0.2, 3.5 }, false)]
    public void Rates_read_as_percentages_and_other_metrics_as_numbers(BuiltInMetric type, double[] values, bool percent)
    {
        var metric = new MetricConfig("m", default) { Type = type };

        Assert.Equal(percent, MetricScale.IsPercent(metric, values.Select(v => (double?)v)));
        Assert.Equal("error_rate", MetricScale.Describe("e", new MetricConfig("e", default) { Type = BuiltInMetric.ErrorRate }, []).Type);
    }
}
