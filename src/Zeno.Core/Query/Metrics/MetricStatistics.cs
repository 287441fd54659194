namespace Zeno.Core.Query.Metrics;

/// <summary>
/// Sufficient statistics of one slice for one built-in metric: the few counts and sums the engine computes in SQL, from
/// which <see cref="MetricMath.Compute"/> derives the metric without seeing a row. Every kind is additive (<c>+</c>),
/// so statistics of partitions or histogram bins combine into those of their union.
/// </summary>
/// <remarks>The set of kinds is closed (the constructor is not visible outside Zeno.Core) so that
/// <see cref="MetricMath"/> can switch over it exhaustively.</remarks>
public abstract record MetricStatistics
{
    private protected MetricStatistics() { }
}

/// <summary>Which statistics a built-in metric needs; the engine uses it to choose the SQL aggregate.</summary>
public enum StatisticsKind
{
    /// <summary><see cref="MatchCounts"/> with Correct = rows whose output equals the label.</summary>
    Matches,
    /// <summary><see cref="MatchCounts"/> with Correct = rows whose trimmed output text equals the trimmed label text.</summary>
    TrimmedMatches,
    /// <summary><see cref="ClassCounts"/>: a tally per class of the labels and outputs.</summary>
    Classes,
    /// <summary><see cref="RegressionSums"/> of the numeric error output − label.</summary>
    Regression,
    /// <summary><see cref="MeanSums"/> of the metric's column.</summary>
    Mean,
    /// <summary><see cref="RowCount"/>.</summary>
    Count,
    /// <summary><see cref="ErrorRateSums"/> from <see cref="EditDistance.Words"/> per row.</summary>
    WordEdits,
    /// <summary><see cref="ErrorRateSums"/> from <see cref="EditDistance.Chars"/> per row.</summary>
    CharEdits,
}
