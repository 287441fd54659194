using Zeno.Core.Config;

namespace Zeno.Core.Query.Trends;

/// <summary>The direction and natural scale of a configured metric, for judging its trend.</summary>
public static class MetricDirections
{
    /// <summary>
    /// Error-like built-ins (<c>error_rate</c>, <c>mae</c>, <c>rmse</c>, <c>wer</c>, <c>cer</c>) are
    /// <see cref="MetricDirection.LowerIsBetter"/>; <c>count</c> is <see cref="MetricDirection.Neutral"/> (a slice growing
    /// or shrinking is neither good nor bad); every other built-in and every <c>[Metric]</c> function is
    /// <see cref="MetricDirection.HigherIsBetter"/>, because the config has no way to say otherwise and guessing from a
    /// function's name would be wrong as often as right.
    /// </summary>
    public static MetricDirection Of(MetricConfig metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Type switch
        {
            BuiltInMetric.ErrorRate or BuiltInMetric.Mae or BuiltInMetric.Rmse or BuiltInMetric.Wer or BuiltInMetric.Cer => MetricDirection.LowerIsBetter,
            BuiltInMetric.Count => MetricDirection.Neutral,
            _ => MetricDirection.HigherIsBetter,
        };
    }

    /// <summary>
    /// The scale a metric's trend is judged against, or null to let <see cref="TrendStatistics.Compute"/> infer it from
    /// the values. Built-in rates are fractions, so their scale is 1 (accuracy, error rate, precision, recall, F1, exact
    /// match, WER, CER — WER and CER can exceed 1 through insertions, where inference could wrongly pick 100). MAE, RMSE
    /// and count are in the data's own units, where "1% of scale" only means something relative to the metric's size:
    /// their scale is the mean absolute value of <paramref name="values"/>. <c>mean</c> and <c>[Metric]</c> functions
    /// may be rates, percentages or anything else: null, so the values decide.
    /// </summary>
    public static double? ScaleOf(MetricConfig metric, IReadOnlyList<double?> values)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(values);
        return metric.Type switch
        {
            BuiltInMetric.Accuracy or BuiltInMetric.ErrorRate or BuiltInMetric.Precision or BuiltInMetric.Recall
                or BuiltInMetric.F1 or BuiltInMetric.ExactMatch or BuiltInMetric.Wer or BuiltInMetric.Cer => 1,
            BuiltInMetric.Mae or BuiltInMetric.Rmse or BuiltInMetric.Count =>
                TrendScale.Magnitude([.. values.OfType<double>().Where(double.IsFinite)]),
            _ => null,
        };
    }
}
