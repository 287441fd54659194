using Zeno.Core.Query.Tests;
using Zeno.Core.State;
using Zeno.Server.Hosting;

namespace Zeno.Server.Endpoints;

/// <summary>
/// Behavioral test results: the tests of zeno.toml and those saved in reports, through the same runner as
/// <c>zeno test</c> (the same expectations, model rules and errors for tests whose slice is gone).
/// </summary>
internal static class TestEndpoints
{
    public static IEndpointRouteBuilder MapTests(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/tests", (ProjectQueries queries, StateService state) =>
                queries.Project.RunTests(state.TestCases()).Select(TestResult.From).ToList())
            .WithName("GetTestResults").WithTags("Query");
        return app;
    }
}

/// <summary>
/// One behavioral test's outcome for one model; <c>source</c> is "config" or the id of the report it belongs to, and
/// <c>error</c> says why it could not be evaluated (then <c>passed</c> is false and <c>value</c> null).
/// </summary>
public sealed record TestResult(string Name, string Slice, string Metric, string Expect, string Model, double? Value, bool Passed, string Source, string? Error)
{
    internal static TestResult From(TestOutcome outcome) => new(outcome.Test, outcome.Slice, outcome.Metric, outcome.Expectation.ToString(),
        outcome.Model, outcome.Value, outcome.Passed, outcome.ReportId ?? "config", outcome.Error);
}
