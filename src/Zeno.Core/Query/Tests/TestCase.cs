using Zeno.Core.Config;
using Zeno.Core.Query.Filters;

namespace Zeno.Core.Query.Tests;

/// <summary>
/// A behavioral test ready to evaluate, whoever declared it: a <c>[[tests]]</c> entry of zeno.toml or a test saved in a
/// report. Both become this one shape, so <c>zeno test</c>, <c>GET /api/tests</c> and report exports evaluate them
/// through one code path (<see cref="Evaluation.TestRunner"/>) with the same model rules and expectations.
/// </summary>
/// <param name="Name">Unique among the tests of one run.</param>
/// <param name="Slice">The slice's current name.</param>
/// <param name="Filter">The slice's filter; null for every instance ("All instances") or when the slice is gone.</param>
/// <param name="Metric">The metric's name in zeno.toml.</param>
/// <param name="Expect">The expectation text (see <see cref="Expectation.Parse"/>).</param>
/// <param name="Models">Which models the test applies to.</param>
public sealed record TestCase(string Name, string Slice, Predicate? Filter, string Metric, string Expect, TestModels Models)
{
    /// <summary>The transform the metric is computed under (a report's); null for the original instances.</summary>
    public string? Transform { get; init; }

    /// <summary>The report the test belongs to; null for a test of zeno.toml.</summary>
    public string? ReportId { get; init; }

    /// <summary>The slice's id in the saved state ("all", "config:NAME", "s_3"), so a report can mark its own cells; null when unknown.</summary>
    public string? SliceId { get; init; }

    /// <summary>
    /// Why the slice cannot be evaluated (it was deleted, or left zeno.toml), written for a person; null when it can.
    /// Such a test is reported as an error for each of its models, never skipped, so a CI gate cannot pass by accident.
    /// </summary>
    public string? SliceProblem { get; init; }

    /// <summary>A test of zeno.toml; its slice, metric and models were checked when the config was loaded.</summary>
    public static TestCase FromConfig(TestConfig test, Predicate? filter)
    {
        ArgumentNullException.ThrowIfNull(test);
        return new TestCase(test.Name, test.Slice, filter, test.Metric, test.Expect, test.Models);
    }
}
