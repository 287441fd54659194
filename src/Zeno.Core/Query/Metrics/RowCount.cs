namespace Zeno.Core.Query.Metrics;

/// <summary>The number of rows in a slice.</summary>
/// <param name="Count">Rows in the slice.</param>
public sealed record RowCount(long Count) : MetricStatistics
{
    /// <summary>The statistics of the union of two disjoint sets of rows.</summary>
    public static RowCount operator +(RowCount a, RowCount b) => new(a.Count + b.Count);
}
