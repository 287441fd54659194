using Zeno.Core.Config;
using Zeno.Core.Project;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Tests;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Query.Tests;

/// <summary>
/// The one test runner on a real project: 30 rows, models v1 (every 3rd row wrong) and v2 (every 5th wrong) as data
/// columns, so each value has a LINQ oracle.
/// </summary>
public sealed class TestRunnerTests : IDisposable
{
    private readonly TempProject _folder = new();
    private readonly ZenoProject _project;

    public TestRunnerTests()
    {
        _folder.WriteCsv("data.csv", ["id", "label", "m1", "m2", "kind"], Enumerable.Range(0, 30).Select(i => new object?[]
        {
            $"r{i}", i % 2 == 0 ? "x" : "y", i % 3 == 0 ? "z" : (i % 2 == 0 ? "x" : "y"), i % 5 == 0 ? "z" : (i % 2 == 0 ? "x" : "y"), i < 10 ? "a" : "b",
        }));
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

            [[metrics]]
            name = "accuracy"
            type = "accuracy"
            """);
        _project = ZenoProject.Open(ConfigLoader.Load(_folder.ConfigPath));
        _project.RunPipelineAsync().GetAwaiter().GetResult();
    }

    private static double Accuracy(int wrongEvery, Func<int, bool> where)
    {
        var rows = Enumerable.Range(0, 30).Where(where).ToList();
        return rows.Count(i => i % wrongEvery != 0) / (double)rows.Count;
    }

    [Fact]
    public void Each_model_the_rule_names_gets_the_metric_evaluators_value_and_a_verdict()
    {
        var test = new TestCase("kind a", "kind a", FilterParser.Parse("kind == \"a\""), "accuracy", "> 0.7", TestModels.All);

        var outcomes = _project.RunTests([test]);

        Assert.Equal(["v1", "v2"], outcomes.Select(o => o.Model));
        Assert.Equal(Accuracy(3, i => i < 10), outcomes[0].Value!.Value, 12);
        Assert.Equal(Accuracy(5, i => i < 10), outcomes[1].Value!.Value, 12);
        Assert.Equal([false, true], outcomes.Select(o => o.Passed));
        Assert.Single(_project.RunTests([test with { Models = TestModels.Latest }]), o => o.Model == "v2");
    }

    [Fact]
    public void A_test_whose_slice_is_gone_is_an_error_for_each_of_its_models_not_skipped()
    {
        var test = new TestCase("r: old accuracy", "old", null, "accuracy", "> 0.7", TestModels.All) { SliceProblem = "slice 's_9' was deleted" };

        var outcomes = _project.RunTests([test]);

        Assert.Equal(2, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal("slice 's_9' was deleted", o.Error));
        Assert.All(outcomes, o => Assert.False(o.Passed));
    }

    [Fact]
    public void A_metric_or_model_that_left_zeno_toml_is_an_error_that_names_the_valid_ones()
    {
        var metric = new TestCase("t1", "All instances", null, "f1", "> 0.7", TestModels.Latest);
        var model = new TestCase("t2", "All instances", null, "accuracy", "> 0.7", new TestModels(TestModelsKind.List, ["v2", "v0"]));

        var outcomes = _project.RunTests([metric, model]);

        Assert.Contains("metric 'f1' is no longer in zeno.toml (metrics: accuracy)", outcomes[0].Error, StringComparison.Ordinal);
        Assert.Null(outcomes[1].Error);
        Assert.Equal("v0", outcomes[2].Model);
        Assert.Contains("model 'v0' is no longer in zeno.toml (models: v1, v2)", outcomes[2].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_filter_that_no_longer_compiles_is_that_tests_error_and_the_others_still_run()
    {
        var broken = new TestCase("t1", "gone", FilterParser.Parse("colour == \"red\""), "accuracy", "> 0.7", TestModels.Latest) { ReportId = "r_1" };
        var fine = new TestCase("t2", "All instances", null, "accuracy", "> 0.7", TestModels.Latest);

        var outcomes = _project.RunTests([broken, fine]);

        Assert.Contains("unknown column 'colour'", outcomes[0].Error, StringComparison.Ordinal);
        Assert.Equal("r_1", outcomes[0].ReportId);
        Assert.Equal(Accuracy(5, _ => true), outcomes[1].Value!.Value, 12);
    }

    [Fact]
    public void Zeno_run_evaluates_the_config_tests_through_the_same_runner()
    {
        var config = _project.Config with { Tests = [new TestConfig("all", "All instances", "accuracy", ">= 0.8", default) { Models = TestModels.All }] };

        var tests = ProjectEvaluator.ConfigTests(config);

        Assert.Equal(_project.RunTests(tests).Select(o => (o.Model, o.Value, o.Passed)), [("v1", Accuracy(3, _ => true), false), ("v2", Accuracy(5, _ => true), true)]);
    }

    public void Dispose()
    {
        _project.Dispose();
        _folder.Dispose();
    }
}
