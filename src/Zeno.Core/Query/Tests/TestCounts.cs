namespace Zeno.Core.Query.Tests;

/// <summary>How many (test, model) outcomes passed, failed (computed and missed the expectation), or could not be evaluated.</summary>
/// <param name="Passed">Outcomes that met their expectation.</param>
/// <param name="Failed">Outcomes whose value was computed and missed the expectation (or was undefined).</param>
/// <param name="Errors">Outcomes that could not be evaluated (a deleted slice, a metric that threw).</param>
public readonly record struct TestCounts(int Passed, int Failed, int Errors)
{
    /// <summary>Every outcome counted.</summary>
    public int Total => Passed + Failed + Errors;

    /// <summary>Outcomes that did not pass, whatever the reason.</summary>
    public int NotPassed => Failed + Errors;

    /// <summary>Counts <paramref name="outcomes"/>.</summary>
    public static TestCounts Of(IEnumerable<TestOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        int passed = 0, failed = 0, errors = 0;
        foreach (var outcome in outcomes)
        {
            if (outcome.Error is not null) errors++;
            else if (outcome.Passed) passed++;
            else failed++;
        }
        return new TestCounts(passed, failed, errors);
    }
}
