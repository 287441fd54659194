using Zeno.Core.Config;

namespace Zeno.Core.State;

/// <summary>What a create or update of a report sends: the whole report but its id, version and charts.</summary>
/// <param name="Name">The name (trimmed; 1–200 characters).</param>
public sealed record ReportDraft(string Name)
{
    /// <summary>Slice ids (stored, "config:NAME" or "all"), in display order, without repeats.</summary>
    public IReadOnlyList<string> SliceIds { get; init; } = [];

    /// <summary>Metric names, in display order, without repeats.</summary>
    public IReadOnlyList<string> Metrics { get; init; } = [];

    /// <summary>The models shown and tested; the latest by default.</summary>
    public TestModels Models { get; init; } = TestModels.Latest;

    /// <summary>A transform's name, or null for the original instances.</summary>
    public string? Transform { get; init; }

    /// <summary>Tests on the draft's own slices and metrics, at most one per (slice, metric); expectations are any text <c>Expectation.Parse</c> reads.</summary>
    public IReadOnlyList<ReportTest> Tests { get; init; } = [];
}
