using Zeno.Core.Config;

namespace Zeno.Core.Tests.Config;

public sealed class SliceAndTestConfigTests : IDisposable
{
    // Lines 1-13. WithTest completes the second slice (line 14), so its [[tests]] header is line 15 and its body starts at 17.
    private const string Declarations = """
        data = "data.csv"
        [[models]]
        name = "small"
        [[models]]
        name = "large"
        [[metrics]]
        name = "accuracy"
        type = "accuracy"
        [[slices]]
        name = "short texts"
        filter = "length < 10"
        [[slices]]
        name = "long texts"

        """;

    private readonly ConfigProject _project = new();

    public void Dispose() => _project.Dispose();

    private static string WithTest(string body) => Declarations.Replace("name = \"long texts\"\n", "name = \"long texts\"\nfilter = \"length > 100\"\n")
        + "[[tests]]\nname = \"t\"\n" + body + "\n";

    [Fact]
    public void Tests_refer_to_slices_metrics_and_models_by_name()
    {
        var config = _project.Load(WithTest("""
            slice = "short texts"
            metric = "accuracy"
            expect = "> 0.8"
            [[tests]]
            name = "everything"
            slice = "All instances"
            metric = "accuracy"
            expect = ">= 0.5"
            models = ["small", "large"]
            """));

        Assert.Collection(config.Tests,
            first =>
            {
                Assert.Equal(("short texts", "accuracy", "> 0.8"), (first.Slice, first.Metric, first.Expect));
                Assert.Equal(TestModels.Latest, first.Models);
            },
            second =>
            {
                Assert.Equal("All instances", second.Slice);
                Assert.Equal(TestModelsKind.List, second.Models.Kind);
                Assert.Equal(["small", "large"], second.Models.Names);
            });
    }

    [Fact]
    public void A_test_on_an_unknown_slice_suggests_the_closest_slice_name()
    {
        var error = _project.Reject(WithTest("slice = \"short text\"\nmetric = \"accuracy\"\nexpect = \"> 0.8\""));

        ConfigAssert.Points(error, 17, "tests[0].slice", "no slice named 'short text'", "did you mean 'short texts'?");
        Assert.Equal(9, error.Location.Column);
    }

    [Fact]
    public void A_test_on_an_unknown_slice_with_no_close_match_lists_the_slices()
    {
        var error = _project.Reject(WithTest("slice = \"audio\"\nmetric = \"accuracy\"\nexpect = \"> 0.8\""));

        ConfigAssert.Points(error, 17, "tests[0].slice", "declared in [[slices]]: 'All instances', 'short texts', 'long texts'");
    }

    [Fact]
    public void A_test_on_an_unknown_metric_suggests_the_closest_metric_name()
    {
        var error = _project.Reject(WithTest("slice = \"All instances\"\nmetric = \"acc\"\nexpect = \"> 0.8\""));

        ConfigAssert.Points(error, 18, "tests[0].metric", "no metric named 'acc'", "declared in [[metrics]]: 'accuracy'");
    }

    [Fact]
    public void A_test_on_an_unknown_model_points_at_the_name_in_the_list()
    {
        var error = _project.Reject(WithTest("slice = \"All instances\"\nmetric = \"accuracy\"\nexpect = \"> 0.8\"\nmodels = [\"small\", \"lrage\"]"));

        ConfigAssert.Points(error, 20, "tests[0].models[1]", "no model named 'lrage'", "did you mean 'large'?");
        Assert.Equal(20, error.Location.Column);
    }

    [Fact]
    public void A_single_model_name_instead_of_a_list_says_how_to_write_it()
    {
        var error = _project.Reject(WithTest("slice = \"All instances\"\nmetric = \"accuracy\"\nexpect = \"> 0.8\"\nmodels = \"small\""));

        ConfigAssert.Points(error, 20, "tests[0].models", "expected \"latest\", \"all\" or a list of model names", "models = [\"small\"]");
    }

    [Fact]
    public void A_test_without_an_expectation_points_at_its_header()
    {
        var error = _project.Reject(WithTest("slice = \"All instances\"\nmetric = \"accuracy\""));

        ConfigAssert.Points(error, 15, "tests[0].expect", "missing from [[tests]]");
    }

    [Fact]
    public void A_slice_without_a_filter_points_at_its_header()
    {
        var error = _project.Reject(Declarations);

        ConfigAssert.Points(error, 12, "slices[1].filter", "missing from [[slices]]", "every slice needs a filter");
    }

    [Fact]
    public void A_slice_may_not_take_the_name_of_the_built_in_slice()
    {
        var error = _project.Reject(ConfigProject.Minimal + "[[slices]]\nname = \"All instances\"\nfilter = \"x > 1\"\n");

        ConfigAssert.Points(error, 3, "slices[0].name", "built-in slice of every row");
    }

    [Fact]
    public void Two_slices_with_one_name_are_rejected()
    {
        var error = _project.Reject(ConfigProject.Minimal + "[[slices]]\nname = \"s\"\nfilter = \"a\"\n[[slices]]\nname = \"s\"\nfilter = \"b\"\n");

        ConfigAssert.Points(error, 6, "slices[1].name", "duplicate slice name 's' (first defined at line 3)");
    }
}
