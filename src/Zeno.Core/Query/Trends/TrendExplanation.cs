using System.Globalization;

namespace Zeno.Core.Query.Trends;

/// <summary>The one-sentence tooltip of a trend: what the slope is, whether it is significant, and why a flag is set.</summary>
internal static class TrendExplanation
{
    public static string For(TrendStatistics trend, string? name)
    {
        var metric = string.IsNullOrWhiteSpace(name) ? "The metric" : name;
        if (trend.DefinedPoints == 0)
            return $"{metric} is undefined for every model.";
        if (trend.Slope is not { } slope)
            return $"{metric} is defined for one model only, so it has no trend.";
        if (trend.PValue is not { } p)
        {
            return slope == 0
                ? $"{metric} is unchanged between its 2 models; a trend needs at least {TrendStatistics.MinimumPoints}."
                : $"{metric} {Verb(slope)} by {Number(Math.Abs(slope))} per model, but 2 models are too few to test the trend.";
        }
        var text = slope == 0
            ? $"{metric} is flat across {trend.DefinedPoints} models"
            : $"{metric} {Verb(slope)} by {Number(Math.Abs(slope))} per model ({PValue(p)}{(p < TrendStatistics.SignificanceLevel ? "" : ", not significant")})";
        if (trend.Regressing)
            text += ", a regression";
        else if (IsWorse(trend.Direction, slope) && p < TrendStatistics.SignificanceLevel)
            text += $", less than {Percent(TrendStatistics.MinimumRegression)} of its scale in total";
        if (trend.Volatile)
            text += $"; it swings by about ±{Number(trend.Volatility!.Value * trend.Scale)} around that trend";
        return text + ".";
    }

    private static bool IsWorse(MetricDirection direction, double slope) =>
        direction == MetricDirection.HigherIsBetter ? slope < 0 : direction == MetricDirection.LowerIsBetter && slope > 0;

    private static string Verb(double slope) => slope > 0 ? "rises" : "falls";

    private static string PValue(double p) => p < 0.001 ? "p < 0.001" : $"p = {Number(p)}";

    private static string Percent(double fraction) => (fraction * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    // Two significant digits, trailing zeros dropped: 0.031, 3.1, 31, 0.00012 — the same digits whatever the scale.
    private static string Number(double value)
    {
        if (value == 0 || !double.IsFinite(value))
            return value.ToString(CultureInfo.InvariantCulture);
        var decimals = Math.Clamp(1 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, 15);
        return Math.Round(value, decimals).ToString("0." + new string('#', Math.Max(decimals, 1)), CultureInfo.InvariantCulture);
    }
}
