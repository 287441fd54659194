namespace Zeno.Reports.Snapshot;

/// <summary>A slice's metric across the model history: the sparkline, the fitted trend and its warning markers.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="Values">One value per model in config order (null: undefined).</param>
/// <param name="Slope">Change per model step of the least-squares line; null with fewer than 2 defined values.</param>
/// <param name="PValue">Two-sided p-value of a zero slope (Student's t, n − 2 degrees of freedom); null with fewer than 3.</param>
/// <param name="Volatility">Residual standard deviation around the line as a fraction of the metric's scale; null with fewer than 3.</param>
/// <param name="Regressing">True when the metric gets significantly and noticeably worse across models.</param>
/// <param name="Volatile">True when the metric swings around its trend by 5% of its scale or more.</param>
/// <param name="Explanation">One sentence on the trend (e.g. "accuracy falls by 0.031 per model (p = 0.02), a regression.").</param>
/// <param name="Markers">The warnings to show (regression, volatility), each with a tooltip that explains the statistic.</param>
public sealed record SnapshotTrend(
    string Metric, IReadOnlyList<double?> Values, double? Slope, double? PValue, double? Volatility, bool Regressing, bool Volatile,
    string Explanation, IReadOnlyList<TrendMarker> Markers);

/// <summary>A warning beside a slice's sparkline.</summary>
/// <param name="Kind">Regression or volatility.</param>
/// <param name="Explanation">What the statistic is, its value here, and the rule that set the flag.</param>
public sealed record TrendMarker(TrendMarkerKind Kind, string Explanation);

/// <summary>The warnings a trend can raise.</summary>
public enum TrendMarkerKind
{
    /// <summary>The metric falls (or an error rises) significantly across model versions.</summary>
    Regression,
    /// <summary>The metric swings around its trend.</summary>
    Volatile,
}
