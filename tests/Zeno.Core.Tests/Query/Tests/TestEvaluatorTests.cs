using Zeno.Core.Config;
using Zeno.Core.Errors;
using Zeno.Core.Query.Tests;

namespace Zeno.Core.Tests.Query.Tests;

public sealed class TestEvaluatorTests
{
    private static readonly SourceLocation Where = new("zeno.toml", 12);

    [Fact]
    public void Each_model_gets_an_outcome_with_a_verdict_and_a_message()
    {
        var outcomes = TestEvaluator.Evaluate("quiet audio", "quiet", "accuracy", Expectation.Parse("> 0.7"),
            [("v1", 0.62), ("v2", 0.75), ("v3", null)]);

        Assert.Equal(["v1", "v2", "v3"], outcomes.Select(o => o.Model));
        Assert.Equal([false, true, false], outcomes.Select(o => o.Passed));
        Assert.Equal("value 0.62 does not satisfy > 0.7", outcomes[0].FailureMessage);
        Assert.Null(outcomes[1].FailureMessage);
        Assert.Equal("value undefined (empty slice?)", outcomes[2].FailureMessage);
        Assert.Equal("undefined", outcomes[2].ValueText);
    }

    [Fact]
    public void A_value_that_rounds_onto_the_bound_is_printed_in_full()
    {
        var outcome = new TestOutcome("t", "s", "accuracy", "m", 0.69999999, Expectation.Parse(">= 0.7"));

        Assert.Equal("value 0.69999999 does not satisfy >= 0.7", outcome.FailureMessage);
        Assert.Equal("0.666667", (outcome with { Value = 2.0 / 3 }).ValueText); // short when the verdict is clear
    }

    [Fact]
    public void An_outcome_with_an_error_does_not_pass()
    {
        var outcome = new TestOutcome("t", "s", "loudness", "m", 0.9, Expectation.Parse("> 0.7")) { Error = "boom" };

        Assert.False(outcome.Passed);
        Assert.Equal("error: boom", outcome.FailureMessage);
    }

    [Fact]
    public void A_configured_test_with_a_bad_expectation_is_a_config_error_at_the_test()
    {
        var test = new TestConfig("quiet", "quiet", "accuracy", ">= 70%%", Where);

        var e = Assert.Throws<ConfigException>(() => TestEvaluator.Evaluate(test, [("m", 0.8)]));

        Assert.Equal("expect", e.Key);
        Assert.Equal(12, e.Location.Line);
        Assert.Contains("column 7", e.Message);
        Assert.NotNull(e.Hint);
    }

    [Fact]
    public void An_expectation_error_points_at_its_character_in_the_config_file()
    {
        // expect = ">= 70%%" with the opening quote in column 10: the second '%' (column 7 of the text) is column 17.
        var test = new TestConfig("quiet", "quiet", "accuracy", ">= 70%%", Where) { ExpectLocation = new("zeno.toml", 14, 10) };

        var e = Assert.Throws<ConfigException>(() => TestEvaluator.ExpectationOf(test));

        Assert.Equal(new SourceLocation("zeno.toml", 14, 17), e.Location);
        Assert.StartsWith("zeno.toml:14:17: 'expect': test 'quiet': Invalid expectation", e.Message);
    }

    [Fact]
    public void A_configured_test_evaluates_its_expectation()
    {
        var test = new TestConfig("quiet", "quiet audio", "f1", "between 60% and 80%", Where);

        var outcome = Assert.Single(TestEvaluator.Evaluate(test, [("m", 0.8)]));

        Assert.True(outcome.Passed);
        Assert.Equal("quiet audio", outcome.Slice);
        Assert.Equal("f1", outcome.Metric);
    }

    [Fact]
    public void Latest_means_the_last_model_in_config_order()
    {
        var test = new TestConfig("t", "s", "accuracy", "> 0.5", Where);

        Assert.Equal(["v3"], TestEvaluator.ModelsOf(test, ["v1", "v2", "v3"]));
        Assert.Equal(["v1", "v2", "v3"], TestEvaluator.ModelsOf(test with { Models = TestModels.All }, ["v1", "v2", "v3"]));
    }

    [Fact]
    public void Named_models_must_be_declared()
    {
        var test = new TestConfig("t", "s", "accuracy", "> 0.5", Where) { Models = new TestModels(TestModelsKind.List, ["v2", "v9"]) };

        var e = Assert.Throws<ConfigException>(() => TestEvaluator.ModelsOf(test, ["v1", "v2"]));

        Assert.Contains("'v9'", e.Message);
        Assert.Contains("v1, v2", e.Message);
        Assert.Equal(["v2"], TestEvaluator.ModelsOf(test with { Models = new TestModels(TestModelsKind.List, ["v2"]) }, ["v1", "v2"]));
    }
}
