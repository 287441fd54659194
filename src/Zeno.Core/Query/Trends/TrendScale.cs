namespace Zeno.Core.Query.Trends;

/// <summary>
/// The magnitude a metric's changes are judged against, so that thresholds such as "1% of scale" mean the same for
/// accuracy as 0.93 and as 93.
/// </summary>
internal static class TrendScale
{
    /// <summary>
    /// An explicit scale wins. Otherwise: 1 when every value lies in [0, 1] (a rate); 100 when every value lies in
    /// [0, 100] (a percentage); else the mean absolute value of the series (e.g. an MAE in the data's units), so
    /// changes are judged relative to the metric's typical size. No values, or only zeros, give 1.
    /// </summary>
    public static double Of(IReadOnlyList<double> values, double? scale)
    {
        if (scale is { } given)
        {
            return given > 0 && double.IsFinite(given)
                ? given
                : throw new ArgumentOutOfRangeException(nameof(scale), given, "A trend's scale must be a positive finite number.");
        }
        if (values.Count == 0 || values.All(v => v >= 0 && v <= 1))
            return 1;
        if (values.All(v => v >= 0 && v <= 100))
            return 100;
        return Magnitude(values);
    }

    /// <summary>The mean absolute value of the values; 1 when that is 0 or there are none (nothing to be relative to).</summary>
    public static double Magnitude(IReadOnlyList<double> values)
    {
        var magnitude = values.Count == 0 ? 0 : values.Average(Math.Abs);
        return magnitude > 0 && double.IsFinite(magnitude) ? magnitude : 1;
    }
}
