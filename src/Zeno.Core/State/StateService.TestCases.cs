using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Tests;

namespace Zeno.Core.State;

// The tests as the test runner evaluates them: each with its slice's filter, or why the slice is gone.
public sealed partial class StateService
{
    /// <summary>
    /// Every behavioral test of <see cref="ListTests"/> (zeno.toml's, then each report's), with its slice's current
    /// filter and its report's transform, for <see cref="Query.Evaluation.TestRunner"/>. A test whose slice no longer
    /// exists is included with <see cref="TestCase.SliceProblem"/> saying so, so it is reported, not skipped.
    /// </summary>
    public IReadOnlyList<TestCase> TestCases() => Read(connection =>
    {
        var stored = SliceRows.All(connection).ToDictionary(slice => slice.Id, StringComparer.Ordinal);
        var reports = ReportRows.All(connection).ToDictionary(report => report.Id, report => report.Name, StringComparer.Ordinal);
        return (IReadOnlyList<TestCase>)[.. AllTests(connection).Select(test => ToCase(test, stored, reports))];
    });

    private TestCase ToCase(TestView test, Dictionary<string, Slice> stored, Dictionary<string, string> reports)
    {
        var filter = SliceFilter(test.Slice.Id, stored, out var exists);
        var where = test.ReportId is { } id ? $"report '{reports.GetValueOrDefault(id, id)}'" : "zeno.toml";
        var problem = exists ? null
            : StateIds.IsConfig(test.Slice.Id)
                ? $"slice '{test.Slice.Name}' is no longer in zeno.toml; add it back or remove the test from {where}"
                : $"slice '{test.Slice.Id}' was deleted; remove the test from {where}";
        return new TestCase(test.Name, test.Slice.Name, filter, test.Metric, test.Expect, test.Models)
        {
            Transform = test.Transform,
            ReportId = test.ReportId,
            SliceId = test.Slice.Id,
            SliceProblem = problem,
        };
    }

    /// <summary>The filter of a slice id (null for "all" and for a slice that is gone, told apart by <paramref name="exists"/>).</summary>
    private Predicate? SliceFilter(string id, Dictionary<string, Slice> stored, out bool exists)
    {
        exists = true;
        if (id == StateIds.AllInstances)
            return null;
        var slice = StateIds.IsConfig(id) ? _config.FindSlice(id) : stored.GetValueOrDefault(id);
        exists = slice is not null;
        return slice?.Predicate;
    }
}
