namespace Zeno.Core.Query.Metrics;

/// <summary>
/// One class's confusion counts in a slice. False positives are <c>Predicted − TruePositives</c>, false negatives
/// <c>Actual − TruePositives</c>, so three numbers per class are all precision, recall and F1 need.
/// </summary>
/// <param name="Class">The class value, as text.</param>
/// <param name="TruePositives">Rows with label == class and output == class.</param>
/// <param name="Predicted">Rows with output == class.</param>
/// <param name="Actual">Rows with label == class.</param>
public sealed record ClassTally(string Class, long TruePositives, long Predicted, long Actual);

/// <summary>
/// Per-class tallies of a slice: enough for binary and macro-averaged precision, recall and F1 (and accuracy).
/// Classes with no rows may be listed or left out; either way they do not count (see <see cref="MetricMath"/>).
/// </summary>
/// <param name="Total">Rows in the slice.</param>
/// <param name="Classes">One tally per class; at most one per class name.</param>
public sealed record ClassCounts(long Total, IReadOnlyList<ClassTally> Classes) : MetricStatistics
{
    /// <summary>No rows: the statistics of an empty slice.</summary>
    public static ClassCounts Empty { get; } = new(0, []);

    /// <summary>The tally of one class; all zeros when the class never occurs in the slice.</summary>
    public ClassTally For(string @class) =>
        Classes.FirstOrDefault(t => t.Class == @class) ?? new ClassTally(@class, 0, 0, 0);

    /// <summary>Total and correct rows: a row is correct exactly when it is a true positive of its label's class.</summary>
    public MatchCounts Matches => new(Total, Classes.Sum(t => t.TruePositives));

    /// <summary>The statistics of the union of two disjoint sets of rows; tallies of the same class are added.</summary>
    public static ClassCounts operator +(ClassCounts a, ClassCounts b)
    {
        // Keep first-seen class order so results are deterministic for the same inputs.
        var merged = new Dictionary<string, ClassTally>(StringComparer.Ordinal);
        foreach (var t in a.Classes.Concat(b.Classes))
        {
            merged[t.Class] = merged.TryGetValue(t.Class, out var m)
                ? new ClassTally(t.Class, m.TruePositives + t.TruePositives, m.Predicted + t.Predicted, m.Actual + t.Actual)
                : t;
        }
        return new ClassCounts(a.Total + b.Total, [.. merged.Values]);
    }
}
