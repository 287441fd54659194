namespace Zeno.Reports.Snapshot;

/// <summary>
/// A report frozen at one moment, as aggregates only (sizes, metric values, trend statistics, test verdicts — never
/// instances), so a report over ten million rows exports to a few kilobytes. Every export format (JSON, HTML, PDF) is
/// rendered from it, and its JSON form is documented field by field in the README (<c>zeno export --json</c>).
/// </summary>
/// <param name="Format">The JSON layout's version; grows only when a field changes meaning or disappears.</param>
/// <param name="Project">The project's name (zeno.toml <c>name</c>).</param>
/// <param name="ReportId">The report's id.</param>
/// <param name="Report">The report's name.</param>
/// <param name="Created">When the snapshot was taken (UTC).</param>
/// <param name="Models">Every model of the project, in config (history) order: the table's columns and the sparklines' x axis.</param>
/// <param name="TestedModels">The models the report's tests apply to (its "latest", "all" or list rule), in config order.</param>
/// <param name="Metrics">The report's metrics, in display order.</param>
/// <param name="Transform">The transform every value is computed under; null for the original instances.</param>
/// <param name="Slices">The report's slices in display order, each with its values per model and trends per metric.</param>
/// <param name="Tests">The report's behavioral tests with a verdict per model.</param>
/// <param name="Counts">Test verdicts counted, including the failing tests of the latest model.</param>
/// <param name="Charts">The report's charts with the values they hold fixed (and heat map intersections).</param>
/// <param name="Notes">Things a reader should know: a metric or transform that left zeno.toml, a value that could not be computed.</param>
public sealed record ReportSnapshot(
    int Format,
    string Project,
    string ReportId,
    string Report,
    DateTimeOffset Created,
    IReadOnlyList<string> Models,
    IReadOnlyList<string> TestedModels,
    IReadOnlyList<SnapshotMetric> Metrics,
    string? Transform,
    IReadOnlyList<SnapshotSlice> Slices,
    IReadOnlyList<SnapshotTest> Tests,
    SnapshotTestCounts Counts,
    IReadOnlyList<SnapshotChart> Charts,
    IReadOnlyList<string> Notes)
{
    /// <summary>The layout version this code writes.</summary>
    public const int CurrentFormat = 1;

    /// <summary>The last model in config order, which "latest" tests and the failing-test count refer to; null without models.</summary>
    public string? LatestModel => Models.Count == 0 ? null : Models[^1];

    /// <summary>The test of a slice and metric, if the report has one (at most one per pair).</summary>
    public SnapshotTest? TestOf(string sliceId, string metric) => Tests.FirstOrDefault(t => t.SliceId == sliceId && t.Metric == metric);
}
