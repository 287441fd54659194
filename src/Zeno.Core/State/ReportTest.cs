namespace Zeno.Core.State;

/// <summary>A behavioral test of a report: an expectation on one metric over one of the report's slices.</summary>
/// <param name="SliceId">One of the report's slices (by id, so renaming the slice keeps the test).</param>
/// <param name="Metric">One of the report's metrics.</param>
/// <param name="Expect">The expectation in canonical text (<c>&gt;= 0.7</c>, <c>between 0.6 and 0.8</c>); see <c>Expectation.Parse</c>.</param>
public sealed record ReportTest(string SliceId, string Metric, string Expect);
