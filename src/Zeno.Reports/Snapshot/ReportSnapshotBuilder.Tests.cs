using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Tests;

namespace Zeno.Reports.Snapshot;

// A report's behavioral tests, through the same runner as `zeno test`.
public sealed partial class ReportSnapshotBuilder
{
    /// <summary>A report's tests with their verdicts and counts, without its table: what a list of reports shows.</summary>
    /// <exception cref="Zeno.Core.State.StateNotFoundException">No report has this id.</exception>
    public ReportTestSummary Summary(string reportId)
    {
        var report = _state.GetReport(reportId);
        var tests = Tests(reportId);
        var models = Models;
        return new ReportTestSummary(report.Id, report.Name, models.Count == 0 ? null : models[^1], Count(tests, models), tests);
    }

    private IReadOnlyList<SnapshotTest> Tests(string reportId)
    {
        var runner = new TestRunner(_context, _evaluator);
        return [.. _state.TestCases().Where(test => test.ReportId == reportId).Select(test => new SnapshotTest(
            test.Name, test.SliceId ?? "", test.Slice, test.Metric, Expectation.Parse(test.Expect).ToString(),
            [.. runner.Run(test).Select(o => new SnapshotTestResult(o.Model, o.Value, o.Passed, o.Error, o.FailureMessage))]))];
    }

    private static SnapshotTestCounts Count(IReadOnlyList<SnapshotTest> tests, IReadOnlyList<string> models)
    {
        var results = tests.SelectMany(test => test.Results).ToList();
        var latest = models.Count == 0 ? null : models[^1];
        return new SnapshotTestCounts(tests.Count, results.Count, results.Count(r => r.Passed), results.Count(r => !r.Passed && r.Error is null),
            results.Count(r => r.Error is not null), tests.Count(test => test.For(latest ?? TestEvaluator.NoModel) is { Passed: false }));
    }
}

/// <summary>A report's behavioral tests and their verdicts: what the report list shows (the failing tests of the latest model).</summary>
/// <param name="ReportId">The report's id.</param>
/// <param name="Report">The report's name.</param>
/// <param name="LatestModel">The last model in config order; null without models.</param>
/// <param name="Counts">The verdicts counted; <see cref="SnapshotTestCounts.FailingLatest"/> is the number to show.</param>
/// <param name="Tests">Each test with its verdict per model.</param>
public sealed record ReportTestSummary(string ReportId, string Report, string? LatestModel, SnapshotTestCounts Counts, IReadOnlyList<SnapshotTest> Tests);
