namespace Zeno.Core.Query.Tests;

/// <summary>
/// The result of one behavioral test for one model: the metric's value on the slice and whether it meets the expectation.
/// </summary>
/// <param name="Test">The test's name.</param>
/// <param name="Slice">The slice the metric was computed on.</param>
/// <param name="Metric">The metric's name.</param>
/// <param name="Model">The model tested.</param>
/// <param name="Value">The metric's value; null when undefined (e.g. an empty slice), which never passes.</param>
/// <param name="Expectation">What the value must satisfy.</param>
public sealed record TestOutcome(string Test, string Slice, string Metric, string Model, double? Value, Expectation Expectation)
{
    /// <summary>Why the value could not be computed (e.g. a <c>[Metric]</c> function threw); such an outcome is an error, not a failure.</summary>
    public string? Error { get; init; }

    /// <summary>The report the test belongs to; null for a test of zeno.toml.</summary>
    public string? ReportId { get; init; }

    /// <summary>The transform the value was computed under; null for the original instances.</summary>
    public string? Transform { get; init; }

    /// <summary>True when the value was computed and satisfies the expectation.</summary>
    public bool Passed => Error is null && Expectation.Evaluate(Value);

    /// <summary>The value as text for reports: "undefined", or short digits that agree with the verdict.</summary>
    public string ValueText => ValueFormat.Format(Value, Expectation);

    /// <summary>
    /// Why the test did not pass — <c>value 0.62 does not satisfy &gt; 0.7</c>, <c>value undefined (empty slice?)</c>, or
    /// the error — and null when it passed.
    /// </summary>
    public string? FailureMessage =>
        Passed ? null
        : Error is not null ? $"error: {Error}"
        : Value is null || double.IsNaN(Value.Value) ? "value undefined (empty slice?)"
        : $"value {ValueText} does not satisfy {Expectation}";
}
