using System.Globalization;
using Zeno.Core.Query.Trends;

namespace Zeno.Reports.Snapshot;

/// <summary>
/// The warnings beside a sparkline, each with a tooltip that says what the statistic is, its value here and the rule
/// that raised it — so a reader can judge the warning without knowing the code (see the README's "Trends").
/// </summary>
internal static class TrendMarkers
{
    public static IReadOnlyList<TrendMarker> Of(TrendStatistics trend, string metric)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var markers = new List<TrendMarker>();
        if (trend.Regressing)
        {
            var way = trend.Direction == MetricDirection.LowerIsBetter ? "up (worse for an error measure)" : "down";
            markers.Add(new TrendMarker(TrendMarkerKind.Regression,
                $"Regression: {trend.Explanation} The least-squares line through the {trend.DefinedPoints} models (in zeno.toml order) points {way}; " +
                $"its two-sided p-value (Student's t, {trend.DefinedPoints - 2} degrees of freedom) is {P(trend.PValue)}, below {Number(TrendStatistics.SignificanceLevel)}, " +
                $"and the fitted change from the first to the last model, {Number(trend.FittedChange)}, is at least {Number(TrendStatistics.MinimumRegression * 100)}% of {metric}'s scale ({Number(trend.Scale)})."));
        }
        if (trend.Volatile)
        {
            markers.Add(new TrendMarker(TrendMarkerKind.Volatile,
                $"Volatile: {metric} swings around its trend. The residual standard deviation around the least-squares line is " +
                $"{Number(trend.Volatility * 100)}% of the metric's scale ({Number(trend.Scale)}), at or above the {Number(TrendStatistics.VolatilityThreshold * 100)}% threshold, " +
                "so differences between neighbouring models are not to be trusted (a small slice, or unstable models)."));
        }
        return markers;
    }

    private static string P(double? p) => p is < 0.001 ? "< 0.001" : Number(p);

    private static string Number(double? value) => value is { } v ? v.ToString("G3", CultureInfo.InvariantCulture) : "–";
}
