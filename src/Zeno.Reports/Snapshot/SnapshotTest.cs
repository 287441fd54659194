namespace Zeno.Reports.Snapshot;

/// <summary>A behavioral test of a report with its verdict for each model it applies to.</summary>
/// <param name="Name">The test's name as <c>zeno test</c> lists it ("REPORT: SLICE METRIC").</param>
/// <param name="SliceId">The slice's id, matching <see cref="SnapshotSlice.Id"/>.</param>
/// <param name="Slice">The slice's current name.</param>
/// <param name="Metric">The metric.</param>
/// <param name="Expect">The expectation in canonical text (">= 0.9", "between 0.6 and 0.8").</param>
/// <param name="Results">One per model, in config order.</param>
public sealed record SnapshotTest(string Name, string SliceId, string Slice, string Metric, string Expect, IReadOnlyList<SnapshotTestResult> Results)
{
    /// <summary>The verdict for <paramref name="model"/>, if the test applies to it.</summary>
    public SnapshotTestResult? For(string model) => Results.FirstOrDefault(r => r.Model == model);
}

/// <summary>A test's verdict for one model.</summary>
/// <param name="Model">The model.</param>
/// <param name="Value">The metric's value; null when undefined or not computed.</param>
/// <param name="Passed">True when the value was computed and meets the expectation.</param>
/// <param name="Error">Why the value could not be computed (a slice that is gone), or null.</param>
/// <param name="Message">Why it did not pass ("value 0.78 does not satisfy >= 0.9"), or null when it passed.</param>
public sealed record SnapshotTestResult(string Model, double? Value, bool Passed, string? Error, string? Message);

/// <summary>A report's test verdicts counted.</summary>
/// <param name="Tests">The report's tests.</param>
/// <param name="Checks">(test, model) verdicts.</param>
/// <param name="Passed">Verdicts that passed.</param>
/// <param name="Failed">Verdicts whose value missed the expectation.</param>
/// <param name="Errors">Verdicts that could not be computed.</param>
/// <param name="FailingLatest">Tests that do not pass for the latest model (failed or error): the number a report shows.</param>
public sealed record SnapshotTestCounts(int Tests, int Checks, int Passed, int Failed, int Errors, int FailingLatest);
