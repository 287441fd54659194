using Zeno.Core.Errors;
using Zeno.Core.Functions;

namespace Zeno.Core.Tests.Functions;

public sealed class FunctionSignatureTests
{
    private static FunctionSignatureException Rejected(string source) =>
        Assert.Throws<FunctionSignatureException>(() => TempFunctions.LoadSingle(source));

    private static readonly string FilePath = Path.Combine("functions", "functions.cs");

    [Fact]
    public void An_instance_method_is_reported_with_its_method_file_line_and_expected_signature()
    {
        var error = Rejected("""
            public class Metrics
            {
                [Metric]
                public MetricReturn Accuracy(DataFrame slice, ZenoOptions options) => 1.0;
            }
            """);

        Assert.Equal("Metrics.Accuracy", error.Method);
        Assert.Equal(new SourceLocation(FilePath, 4, 25), error.Location);
        Assert.Contains($"{FilePath}:4:25: Metrics.Accuracy is an instance method", error.Message);
        Assert.Contains("static MetricReturn Name(DataFrame slice, ZenoOptions options)", error.Message);
    }

    [Fact]
    public void Wrong_parameter_types_and_wrong_return_types_are_all_reported_at_once()
    {
        var error = Rejected("""
            static class Functions
            {
                [Distill]
                static DistillReturn Swapped(ZenoOptions options, DataFrame batch) => new(Array.Empty<int>());

                [Transform]
                static string Upper(DataFrame batch, ZenoOptions options) => "";

                [Metric]
                static int Count(DataFrame slice, ZenoOptions options) => 0;
            }
            """);

        Assert.Equal(3, error.Errors.Count);
        Assert.Equal(new[] { 4, 7, 10 }, error.Errors.Select(problem => problem.Location.Line));
        Assert.Contains("Functions.Swapped takes (Zeno.ZenoOptions, Microsoft.Data.Analysis.DataFrame), not (DataFrame, ZenoOptions)", error.Message);
        Assert.Contains("Functions.Upper returns string", error.Message);
        Assert.Contains("[Transform] static TransformReturn Name(DataFrame batch, ZenoOptions options)", error.Message);
        Assert.Contains("Functions.Count returns int", error.Message);
    }

    [Fact]
    public void A_second_model_factory_is_reported_beside_the_first()
    {
        var error = Rejected("""
            static class Models
            {
                [Model]
                static Func<DataFrame, ZenoOptions, ModelReturn> Load(string name) => (batch, options) => new(Array.Empty<int>());

                [Model]
                static Func<DataFrame, ZenoOptions, ModelReturn> LoadAgain(string name, ZenoOptions options) => Load(name);
            }
            """);

        var problem = Assert.Single(error.Errors);
        Assert.Equal("Models.LoadAgain", problem.Method);
        Assert.Equal(7, problem.Location.Line);
        Assert.Contains($"second [Model] factory beside Models.Load at {FilePath}:4:", problem.Problem);
    }

    [Fact]
    public void Two_distills_with_one_name_are_reported_even_when_the_case_differs()
    {
        var error = Rejected("""
            static class A
            {
                [Distill("length")]
                static DistillReturn Chars(DataFrame batch, ZenoOptions options) => new(Array.Empty<int>());
            }

            static class B
            {
                [Distill]
                static DistillReturn Length(DataFrame batch, ZenoOptions options) => new(Array.Empty<int>());
            }
            """);

        var problem = Assert.Single(error.Errors);
        Assert.Equal("B.Length", problem.Method);
        Assert.Contains("'Length' that A.Chars", problem.Problem);
    }

    [Fact]
    public void A_metric_and_a_distill_may_share_a_name()
    {
        var catalog = TempFunctions.LoadSingle("""
            static class Functions
            {
                [Metric("length")]
                static double MeanLength(DataFrame slice, ZenoOptions options) => 0;

                [Distill("length")]
                static DistillReturn Length(DataFrame batch, ZenoOptions options) => new(Array.Empty<int>());
            }
            """);

        Assert.Single(catalog.Metrics);
        Assert.Single(catalog.Distills);
    }

    [Fact]
    public void A_model_factory_with_a_wrong_parameter_or_a_generic_function_is_reported()
    {
        var error = Rejected("""
            static class Functions
            {
                [Model]
                static Func<DataFrame, ZenoOptions, ModelReturn> Load(int id) => (batch, options) => new(Array.Empty<int>());

                [Metric]
                static double Generic<T>(DataFrame slice, ZenoOptions options) => 0;
            }
            """);

        Assert.Contains("Functions.Load takes (int), not (string modelName) or (string modelName, ZenoOptions options)", error.Message);
        Assert.Contains("Functions.Generic is generic", error.Message);
    }

    [Fact]
    public void A_method_with_two_roles_is_reported()
    {
        var error = Rejected("""
            static class Functions
            {
                [Metric, Distill]
                static DistillReturn Both(DataFrame slice, ZenoOptions options) => new(Array.Empty<int>());
            }
            """);

        Assert.Contains("is marked [Metric] and [Distill]", error.Message);
    }

    [Fact]
    public void A_model_factory_that_takes_the_options_receives_them()
    {
        var catalog = TempFunctions.LoadSingle("""
            static class Models
            {
                [Model]
                static Func<DataFrame, ZenoOptions, ModelReturn> Load(string modelName, ZenoOptions options) =>
                    (batch, batchOptions) => new(Enumerable.Repeat($"{modelName}/{options.LabelColumn}", (int)batch.Rows.Count));
            }
            """);

        var outputs = catalog.CreateModel("m1", Batches.Options)(Batches.Texts("x"), Batches.Options).Outputs;
        Assert.Equal(new object?[] { "m1/label" }, outputs);
    }

    [Fact]
    public void A_distill_that_returns_null_is_reported_by_name()
    {
        var catalog = TempFunctions.LoadSingle("""
            static class Functions
            {
                [Distill]
                static DistillReturn Missing(DataFrame batch, ZenoOptions options) => null!;
            }
            """);

        var error = Assert.Throws<ZenoException>(() => catalog.Distills["Missing"].Invoke(Batches.Texts("x"), Batches.Options));
        Assert.Contains("distill 'Missing' (Functions.Missing at", error.Message);
    }
}
