using Zeno.Core.Config;

namespace Zeno.Core.State;

/// <summary>A behavioral test as listed beside the others: one of a report's, or one of zeno.toml's (read-only).</summary>
/// <param name="Name">Unique among the listed tests. A report's test is called "REPORT: SLICE METRIC" after the current names.</param>
/// <param name="Slice">The slice it checks, with its current name.</param>
/// <param name="Metric">The metric's name.</param>
/// <param name="Expect">The expectation text.</param>
/// <param name="Models">The models it applies to.</param>
/// <param name="Source">A report's (user) or zeno.toml's (config).</param>
/// <param name="ReportId">The report it belongs to; null for tests of zeno.toml.</param>
public sealed record TestView(string Name, StateRef Slice, string Metric, string Expect, TestModels Models, StateSource Source, string? ReportId)
{
    /// <summary>True for tests of zeno.toml, which the UI cannot change.</summary>
    public bool ReadOnly => Source == StateSource.Config;

    /// <summary>The transform its metric is computed under: its report's; null for tests of zeno.toml.</summary>
    public string? Transform { get; init; }
}
