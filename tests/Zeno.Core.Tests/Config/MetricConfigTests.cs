using Zeno.Core.Config;

namespace Zeno.Core.Tests.Config;

public sealed class MetricConfigTests : IDisposable
{
    private readonly ConfigProject _project = new();

    public void Dispose() => _project.Dispose();

    private static string Metric(string body) => ConfigProject.Minimal + "[[metrics]]\nname = \"m\"\n" + body + "\n";

    [Theory]
    [InlineData("accuracy", BuiltInMetric.Accuracy)]
    [InlineData("error_rate", BuiltInMetric.ErrorRate)]
    [InlineData("mae", BuiltInMetric.Mae)]
    [InlineData("rmse", BuiltInMetric.Rmse)]
    [InlineData("count", BuiltInMetric.Count)]
    [InlineData("wer", BuiltInMetric.Wer)]
    [InlineData("cer", BuiltInMetric.Cer)]
    [InlineData("exact_match", BuiltInMetric.ExactMatch)]
    public void A_metric_type_names_a_built_in_metric(string type, BuiltInMetric expected)
    {
        var metric = Assert.Single(_project.Load(Metric($"type = \"{type}\"")).Metrics);

        Assert.Equal(expected, metric.Type);
    }

    [Fact]
    public void A_metric_without_a_type_names_a_metric_function()
    {
        var metric = Assert.Single(_project.Load(Metric("")).Metrics);

        Assert.Equal(("m", null), (metric.Name, metric.Type));
        Assert.Equal(2, metric.Location.Line);
    }

    [Fact]
    public void An_unknown_metric_type_suggests_the_closest_type()
    {
        var error = _project.Reject(Metric("type = \"acuracy\""));

        ConfigAssert.Points(error, 4, "metrics[0].type", "unknown metric type 'acuracy'", "did you mean 'accuracy'?");
    }

    [Fact]
    public void A_column_on_accuracy_is_rejected_because_it_does_not_apply()
    {
        var error = _project.Reject(Metric("type = \"accuracy\"\ncolumn = \"length\""));

        ConfigAssert.Points(error, 5, "metrics[0].column", "'column' applies only to metrics of type mean", "type 'accuracy'");
    }

    [Fact]
    public void A_metric_function_takes_no_built_in_options()
    {
        var error = _project.Reject(Metric("positive = \"yes\""));

        ConfigAssert.Points(error, 4, "metrics[0].positive", "applies only to metrics of type precision, recall, f1", "[Metric] function");
    }

    [Theory]
    [InlineData("precision")]
    [InlineData("recall")]
    [InlineData("f1")]
    public void Precision_recall_and_f1_without_a_positive_class_or_macro_say_which_to_add(string type)
    {
        var error = _project.Reject(Metric($"type = \"{type}\""));

        ConfigAssert.Points(error, 2, "metrics[0].positive", $"{type} needs the positive class", "positive = \"...\"", "average = \"macro\"");
    }

    [Fact]
    public void Binary_averaging_without_a_positive_class_is_rejected_too()
    {
        var error = _project.Reject(Metric("type = \"f1\"\naverage = \"binary\""));

        ConfigAssert.Points(error, 2, "metrics[0].positive", "f1 needs the positive class");
    }

    [Fact]
    public void Macro_averaging_needs_no_positive_class()
    {
        var metric = Assert.Single(_project.Load(Metric("type = \"recall\"\naverage = \"macro\"")).Metrics);

        Assert.Equal(("macro", null), (metric.Average, metric.Positive));
    }

    [Fact]
    public void A_positive_class_with_macro_averaging_is_a_contradiction()
    {
        var error = _project.Reject(Metric("type = \"f1\"\naverage = \"macro\"\npositive = \"pos\""));

        ConfigAssert.Points(error, 6, "metrics[0].positive", "contradicts average = \"macro\"");
    }

    [Fact]
    public void An_unknown_average_suggests_the_closest()
    {
        var error = _project.Reject(Metric("type = \"f1\"\naverage = \"marco\""));

        ConfigAssert.Points(error, 5, "metrics[0].average", "unknown average 'marco'", "did you mean 'macro'?");
    }

    [Theory]
    [InlineData("1", "1")]
    [InlineData("true", "true")]
    [InlineData("2.5", "2.5")]
    [InlineData("\"spam\"", "spam")]
    public void A_positive_class_written_as_a_number_or_boolean_becomes_its_text(string toml, string expected)
    {
        var metric = Assert.Single(_project.Load(Metric($"type = \"precision\"\npositive = {toml}")).Metrics);

        Assert.Equal((expected, "binary"), (metric.Positive, metric.Average));
    }

    [Fact]
    public void A_positive_class_written_as_an_array_is_rejected()
    {
        var error = _project.Reject(Metric("type = \"precision\"\npositive = [1, 2]"));

        ConfigAssert.Points(error, 5, "metrics[0].positive", "expected the positive class as a string, found an array");
    }

    [Fact]
    public void Mean_needs_the_column_it_averages()
    {
        var error = _project.Reject(Metric("type = \"mean\""));

        ConfigAssert.Points(error, 2, "metrics[0].column", "mean needs the column it averages");
    }

    [Fact]
    public void Mean_reads_its_column()
    {
        var metric = Assert.Single(_project.Load(Metric("type = \"mean\"\ncolumn = \"length\"")).Metrics);

        Assert.Equal((BuiltInMetric.Mean, "length"), (metric.Type!.Value, metric.Column));
    }

    [Fact]
    public void Two_metrics_with_one_name_are_rejected()
    {
        var error = _project.Reject(Metric("type = \"count\"\n[[metrics]]\nname = \"m\""));

        ConfigAssert.Points(error, 6, "metrics[1].name", "duplicate metric name 'm' (first defined at line 3)");
    }
}
