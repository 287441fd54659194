using Zeno.Core.Config;

namespace Zeno.Core.Query.Trends;

/// <summary>
/// A metric across a model history (models in config order): the least-squares trend per model step, its
/// significance, how unstable the metric is around it, and whether the Analysis page should warn.
/// </summary>
/// <remarks>
/// <para>Points are (model index, value) for the defined values; null, NaN and infinite values are skipped but keep
/// their index, so a model with an undefined value does not shift the ones after it.</para>
/// <para><b>Scale.</b> Thresholds are fractions of the metric's scale (see <see cref="Compute"/>), so a series and
/// the same series ×100 get identical flags and p-values, and a slope ×100.</para>
/// <para><b>Regression</b> (<see cref="Regressing"/>): at least <see cref="MinimumPoints"/> defined values, the slope
/// points the bad way for the <see cref="Direction"/>, its two-sided p-value (Student's t, n − 2 degrees of freedom)
/// is below <see cref="SignificanceLevel"/>, and the fitted change from the first to the last defined model is at least
/// <see cref="MinimumRegression"/> of the scale — so a tiny but very consistent decline is not flagged.</para>
/// <para><b>Volatility</b> (<see cref="Volatile"/>): the residual standard deviation around the fitted line, divided
/// by the scale, is at least <see cref="VolatilityThreshold"/>. Residuals, rather than differences between successive
/// models, so a steady trend (a model that improves 5 points per version) is not called unstable: only the
/// movement the trend does not explain counts.</para>
/// </remarks>
/// <param name="Values">The metric per model, in config order (null: undefined, NaN or infinite).</param>
/// <param name="Direction">Which way the metric improves.</param>
/// <param name="Scale">The magnitude thresholds are relative to.</param>
/// <param name="DefinedPoints">How many values are defined.</param>
/// <param name="Slope">Change per model step (null with fewer than 2 defined values).</param>
/// <param name="Intercept">The fitted value at model index 0 (null with fewer than 2 defined values).</param>
/// <param name="SlopeStandardError">The slope's standard error (null with fewer than 3 defined values).</param>
/// <param name="TStatistic">Slope ÷ standard error (null with fewer than 3 defined values, and for points exactly on a sloped
/// line, where it would be infinite — JSON has no infinity; <see cref="PValue"/> is then 0).</param>
/// <param name="PValue">Two-sided p-value of a zero slope (null with fewer than 3 defined values).</param>
/// <param name="Fitted">The fitted line at every model index (all null with fewer than 2 defined values).</param>
/// <param name="FittedChange">Fitted value at the last defined model minus that at the first (null with fewer than 2).</param>
/// <param name="Volatility">Residual standard deviation ÷ scale (null with fewer than 3 defined values).</param>
/// <param name="Regressing">Whether the metric gets significantly and noticeably worse across models.</param>
/// <param name="Volatile">Whether the metric is unstable across models.</param>
/// <param name="Explanation">One sentence for a tooltip, e.g. "accuracy falls by 0.031 per model (p = 0.02), a regression."</param>
public sealed record TrendStatistics(
    IReadOnlyList<double?> Values,
    MetricDirection Direction,
    double Scale,
    int DefinedPoints,
    double? Slope,
    double? Intercept,
    double? SlopeStandardError,
    double? TStatistic,
    double? PValue,
    IReadOnlyList<double?> Fitted,
    double? FittedChange,
    double? Volatility,
    bool Regressing,
    bool Volatile,
    string Explanation)
{
    /// <summary>Defined values needed before a trend is tested or flagged (a line through 2 points has no error estimate).</summary>
    public const int MinimumPoints = 3;

    /// <summary>A regression's slope must have a two-sided p-value below this.</summary>
    public const double SignificanceLevel = 0.05;

    /// <summary>A regression's fitted change over the history must reach this fraction of the scale (1 point of accuracy).</summary>
    public const double MinimumRegression = 0.01;

    /// <summary>
    /// Volatile from this residual standard deviation, as a fraction of the scale: ±5 points of accuracy around the trend,
    /// so successive models typically differ by about 7 points for no trend-related reason. A slice of ~50 instances
    /// reaches this from sampling noise alone, which is worth a warning too: its numbers are not to be trusted.
    /// </summary>
    public const double VolatilityThreshold = 0.05;

    /// <summary>
    /// Computes the trend of <paramref name="values"/> (one per model, in history order). The scale is
    /// <paramref name="scale"/> when given; otherwise 1 when every defined value lies in [0, 1], 100 when every one lies
    /// in [0, 100], else the mean absolute value of the defined values. <paramref name="name"/> names the metric in
    /// <see cref="Explanation"/>.
    /// </summary>
    public static TrendStatistics Compute(IReadOnlyList<double?> values, MetricDirection direction = MetricDirection.HigherIsBetter,
        double? scale = null, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var points = values
            .Select((value, index) => (X: (double)index, Y: value))
            .Where(p => p.Y is { } y && double.IsFinite(y))
            .Select(p => (p.X, Y: p.Y!.Value))
            .ToList();
        var resolvedScale = TrendScale.Of(points.Select(p => p.Y).ToList(), scale);
        var defined = values.Select(v => v is { } x && double.IsFinite(x) ? v : null).ToList();
        var nothing = new TrendStatistics(defined, direction, resolvedScale, points.Count, null, null, null, null, null,
            [.. values.Select(_ => (double?)null)], null, null, false, false, "");
        if (points.Count < 2)
            return nothing with { Explanation = TrendExplanation.For(nothing, name) };

        var fit = LinearFit.Of(points);
        var line = nothing with
        {
            Slope = fit.Slope,
            Intercept = fit.Intercept,
            Fitted = values.Select((_, index) => (double?)fit.At(index)).ToList(),
            FittedChange = fit.Slope * (points[^1].X - points[0].X),
        };
        if (points.Count < MinimumPoints)
            return line with { Explanation = TrendExplanation.For(line, name) };

        var (standardError, t, p) = Significance(fit);
        var volatility = fit.ResidualStandardDeviation / resolvedScale;
        var worsening = direction switch
        {
            MetricDirection.HigherIsBetter => fit.Slope < 0,
            MetricDirection.LowerIsBetter => fit.Slope > 0,
            _ => false,
        };
        var tested = line with
        {
            SlopeStandardError = standardError,
            TStatistic = t,
            PValue = p,
            Volatility = volatility,
            Regressing = worsening && p < SignificanceLevel && Math.Abs(line.FittedChange!.Value) >= MinimumRegression * resolvedScale,
            Volatile = volatility >= VolatilityThreshold,
        };
        return tested with { Explanation = TrendExplanation.For(tested, name) };
    }

    /// <summary>
    /// The trend of a configured metric's values: its direction from <see cref="MetricDirections.Of"/> and its scale
    /// from <see cref="MetricDirections.ScaleOf"/>, named by the metric in <see cref="Explanation"/>.
    /// </summary>
    public static TrendStatistics Of(MetricConfig metric, IReadOnlyList<double?> values)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return Compute(values, MetricDirections.Of(metric), MetricDirections.ScaleOf(metric, values), metric.Name);
    }

    // A zero standard error means the points lie exactly on the line: flat (t = 0, nothing to test) or a perfect
    // slope (t infinite, reported as null; p = 0). Dividing would give NaN or infinity by accident rather than by rule.
    private static (double StandardError, double? T, double P) Significance(LinearFit fit)
    {
        var standardError = fit.SlopeStandardError;
        if (standardError == 0 || !double.IsFinite(standardError))
            return fit.Slope == 0 ? (0, 0, 1) : (0, null, 0);
        var t = fit.Slope / standardError;
        return (standardError, t, StudentT.TwoSidedP(t, fit.Count - 2));
    }
}
