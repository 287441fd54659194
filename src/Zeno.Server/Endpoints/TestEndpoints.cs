using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Tests;
using Zeno.Server.Hosting;

namespace Zeno.Server.Endpoints;

/// <summary>Behavioral test results, evaluated by the same code as <c>zeno test</c>.</summary>
internal static class TestEndpoints
{
    public static IEndpointRouteBuilder MapTests(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/tests", (ProjectQueries queries) => Evaluate(queries)).WithName("GetTestResults").WithTags("Query");
        return app;
    }

    private static IReadOnlyList<TestResult> Evaluate(ProjectQueries queries)
    {
        var project = queries.Project;
        using var evaluator = new MetricEvaluator(queries.Context());
        var results = new List<TestResult>();
        foreach (var test in project.Config.Tests)
        {
            var filter = queries.SliceFilter(test.Slice);
            var metric = queries.Metric(test.Metric);
            var values = TestEvaluator.ModelsOf(test, project.Models)
                .Select(model => (model, evaluator.Evaluate(filter, model, null, metric).Value));
            results.AddRange(TestEvaluator.Evaluate(test, values).Select(outcome => new TestResult(
                outcome.Test, outcome.Slice, outcome.Metric, outcome.Expectation.ToString(), outcome.Model, outcome.Value, outcome.Passed, "config")));
        }
        return results;
    }
}

/// <summary>One behavioral test's outcome for one model; <c>source</c> is "config" or the report it belongs to.</summary>
public sealed record TestResult(string Name, string Slice, string Metric, string Expect, string Model, double? Value, bool Passed, string Source);
