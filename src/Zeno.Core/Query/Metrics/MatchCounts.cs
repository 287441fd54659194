namespace Zeno.Core.Query.Metrics;

/// <summary>Rows of a slice and how many of them the model got right: enough for accuracy, error rate and exact match.</summary>
/// <param name="Total">Rows in the slice.</param>
/// <param name="Correct">Rows whose output equals the label (trimmed text equality for exact match).</param>
public sealed record MatchCounts(long Total, long Correct) : MetricStatistics
{
    /// <summary>No rows: the statistics of an empty slice.</summary>
    public static MatchCounts Empty { get; } = new(0, 0);

    /// <summary>The statistics of the union of two disjoint sets of rows.</summary>
    public static MatchCounts operator +(MatchCounts a, MatchCounts b) => new(a.Total + b.Total, a.Correct + b.Correct);
}
