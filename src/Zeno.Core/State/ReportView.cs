namespace Zeno.Core.State;

/// <summary>A report as the UI shows it: its stored form, plus its slices, tests and charts resolved to current names.</summary>
/// <param name="Report">The stored report (slices by id).</param>
/// <param name="Slices">The report's slices in order, each with its current name.</param>
/// <param name="Tests">The report's tests, named after the current slice names.</param>
/// <param name="Charts">The report's charts, in creation order.</param>
public sealed record ReportView(Report Report, IReadOnlyList<StateRef> Slices, IReadOnlyList<TestView> Tests, IReadOnlyList<Chart> Charts);
