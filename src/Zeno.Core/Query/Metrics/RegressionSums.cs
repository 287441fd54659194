namespace Zeno.Core.Query.Metrics;

/// <summary>Sums of the errors <c>e = output − label</c> over a slice: enough for MAE and RMSE.</summary>
/// <param name="Count">Rows with both a numeric label and a numeric output.</param>
/// <param name="SumAbsoluteError">Σ |e|.</param>
/// <param name="SumSquaredError">Σ e².</param>
public sealed record RegressionSums(long Count, double SumAbsoluteError, double SumSquaredError) : MetricStatistics
{
    /// <summary>No rows: the statistics of an empty slice.</summary>
    public static RegressionSums Empty { get; } = new(0, 0, 0);

    /// <summary>The statistics of the union of two disjoint sets of rows.</summary>
    public static RegressionSums operator +(RegressionSums a, RegressionSums b) =>
        new(a.Count + b.Count, a.SumAbsoluteError + b.SumAbsoluteError, a.SumSquaredError + b.SumSquaredError);
}
