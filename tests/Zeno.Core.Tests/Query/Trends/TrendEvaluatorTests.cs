using Zeno.Core.Config;
using Zeno.Core.Project;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Trends;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Query.Trends;

/// <summary>
/// A model history of four versions whose predictions are columns of the data: on group "a" each version gets more
/// wrong (0, 2, 5 and 6 of 20), on group "b" every version gets the same single row wrong.
/// </summary>
public sealed class TrendEvaluatorTests : IDisposable
{
    private static readonly int[] WrongInGroupA = [0, 2, 5, 6];

    private readonly TempProject _folder = new();
    private readonly ZenoProject _project;

    public TrendEvaluatorTests()
    {
        _folder.WriteCsv("data.csv", ["id", "group", "label", "m1", "m2", "m3", "m4"], Enumerable.Range(0, 40).Select(Row));
        _folder.Write("zeno.toml", """
            data = "data.csv"
            id_column = "id"
            label_column = "label"

            [[models]]
            name = "v1"
            output_column = "m1"

            [[models]]
            name = "v2"
            output_column = "m2"

            [[models]]
            name = "v3"
            output_column = "m3"

            [[models]]
            name = "v4"
            output_column = "m4"

            [[metrics]]
            name = "accuracy"
            type = "accuracy"

            [[metrics]]
            name = "error_rate"
            type = "error_rate"
            """);
        _project = ZenoProject.Open(ConfigLoader.Load(_folder.ConfigPath));
        _project.RunPipelineAsync().GetAwaiter().GetResult();
    }

    private static object?[] Row(int i)
    {
        var inA = i % 2 == 0;
        var position = i / 2;
        var label = i % 3 == 0 ? "x" : "y";
        var wrong = label == "x" ? "y" : "x";
        var outputs = WrongInGroupA.Select(count => (object?)((inA ? position < count : position < 1) ? wrong : label));
        return [$"r{i:D2}", inA ? "a" : "b", label, .. outputs];
    }

    private MetricConfig Metric(string name) => _project.Config.Metrics.Single(metric => metric.Name == name);

    [Fact]
    public void A_slice_that_gets_worse_with_each_version_is_a_regression()
    {
        var trend = TrendEvaluator.Evaluate(_project.EvaluationContext(), FilterParser.Parse("group == \"a\""), Metric("accuracy"));
        Assert.Equal(["v1", "v2", "v3", "v4"], trend.Models);
        Assert.Equal([20L, 20L, 20L, 20L], trend.Sizes);
        Assert.Equal([1.0, 0.9, 0.75, 0.7], trend.Statistics.Values.Select(v => Math.Round(v!.Value, 10)));
        Assert.Equal(1, trend.Statistics.Scale);
        Assert.True(trend.Statistics.Regressing);
        // Σ(x − x̄)(y − ȳ) = −0.525 over Σ(x − x̄)² = 5.
        Assert.Equal(-0.105, trend.Statistics.Slope!.Value, 12);
        Assert.True(trend.Statistics.PValue < 0.05);
        Assert.Matches(@"^accuracy falls by 0\.1\d? per model \(p = 0\.0\d+\), a regression\.$", trend.Statistics.Explanation);
    }

    [Fact]
    public void A_rising_error_rate_is_a_regression_and_a_flat_slice_is_not_flagged()
    {
        var context = _project.EvaluationContext();
        using var evaluator = new MetricEvaluator(context);
        var trends = new TrendEvaluator(context, evaluator);
        var errors = trends.Evaluate(FilterParser.Parse("group == \"a\""), Metric("error_rate"));
        var flat = trends.Evaluate(FilterParser.Parse("group == \"b\""), Metric("accuracy"));
        Assert.Equal(MetricDirection.LowerIsBetter, errors.Statistics.Direction);
        Assert.True(errors.Statistics.Regressing);
        Assert.Equal([0.95, 0.95, 0.95, 0.95], flat.Statistics.Values.Select(v => Math.Round(v!.Value, 10)));
        Assert.Equal(0, flat.Statistics.Slope);
        Assert.False(flat.Statistics.Regressing || flat.Statistics.Volatile);
    }

    [Fact]
    public void An_empty_slice_has_undefined_values_and_no_trend()
    {
        var trend = TrendEvaluator.Evaluate(_project.EvaluationContext(), FilterParser.Parse("group == \"none\""), Metric("accuracy"));
        Assert.Equal([0L, 0L, 0L, 0L], trend.Sizes);
        Assert.All(trend.Statistics.Values, Assert.Null);
        Assert.Null(trend.Statistics.Slope);
        Assert.False(trend.Statistics.Regressing);
    }

    public void Dispose()
    {
        _project.Dispose();
        _folder.Dispose();
    }
}
