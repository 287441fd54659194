using Zeno.Core.Config;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Tests;
using Zeno.Core.State;
using Zeno.Server.Hosting;

namespace Zeno.Server.Endpoints;

/// <summary>
/// Behavioral test results: the tests of zeno.toml and those saved in reports, evaluated the same way as
/// <c>zeno test</c> (the same expectations, the same "latest"/"all" model rules).
/// </summary>
internal static class TestEndpoints
{
    public static IEndpointRouteBuilder MapTests(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/tests", (ProjectQueries queries, StateService state) => Evaluate(queries, state)).WithName("GetTestResults").WithTags("Query");
        return app;
    }

    private static IReadOnlyList<TestResult> Evaluate(ProjectQueries queries, StateService state)
    {
        var models = queries.Project.Models;
        using var evaluator = new MetricEvaluator(queries.Context());
        var results = new List<TestResult>();
        foreach (var test in state.ListTests().Where(test => !test.Slice.Missing))
        {
            var filter = queries.SliceFilter(test.Slice.Id);
            var metric = queries.Metric(test.Metric);
            var values = ModelsOf(test.Models, models).Select(model => (model, evaluator.Evaluate(filter, model, null, metric).Value));
            var source = test.Source == StateSource.Config ? "config" : test.ReportId ?? "report";
            results.AddRange(TestEvaluator.Evaluate(test.Name, test.Slice.Name, test.Metric, Expectation.Parse(test.Expect), values)
                .Select(outcome => new TestResult(outcome.Test, outcome.Slice, outcome.Metric, outcome.Expectation.ToString(), outcome.Model,
                    outcome.Value, outcome.Passed, source)));
        }
        return results;
    }

    private static IEnumerable<string> ModelsOf(TestModels which, IReadOnlyList<string> models) => which.Kind switch
    {
        TestModelsKind.Latest => models.Count == 0 ? [] : [models[^1]],
        TestModelsKind.All => models,
        _ => which.Names.Where(models.Contains),
    };
}

/// <summary>One behavioral test's outcome for one model; <c>source</c> is "config" or the id of the report it belongs to.</summary>
public sealed record TestResult(string Name, string Slice, string Metric, string Expect, string Model, double? Value, bool Passed, string Source);
