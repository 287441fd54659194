namespace Zeno.Core.Query.Metrics;

/// <summary>Count and sum of a numeric column over a slice: enough for its mean.</summary>
/// <param name="Count">Rows where the column is not null.</param>
/// <param name="Sum">Σ of the column.</param>
public sealed record MeanSums(long Count, double Sum) : MetricStatistics
{
    /// <summary>No rows: the statistics of an empty slice.</summary>
    public static MeanSums Empty { get; } = new(0, 0);

    /// <summary>The statistics of the union of two disjoint sets of rows.</summary>
    public static MeanSums operator +(MeanSums a, MeanSums b) => new(a.Count + b.Count, a.Sum + b.Sum);
}
