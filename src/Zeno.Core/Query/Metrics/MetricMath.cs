using Zeno.Core.Config;
using Zeno.Core.Errors;

namespace Zeno.Core.Query.Metrics;

/// <summary>
/// Turns a slice's sufficient statistics into the value of a built-in metric. Pure: no rows, no I/O.
/// </summary>
/// <remarks>
/// <para><b>Undefined is null, never 0.</b> A metric whose denominator is zero has no value: accuracy, error rate,
/// exact match, MAE, RMSE and mean of an empty slice; WER/CER with no reference words/characters. Count is the
/// exception: 0 rows is a real count.</para>
/// <para><b>Binary</b> precision/recall/F1 (for <see cref="MetricConfig.Positive"/>) apply that rule directly:
/// precision is null with no predicted positives (TP + FP = 0), recall is null with no actual positives (TP + FN = 0).
/// F1 = 2TP / (2TP + FP + FN): it is null only when both precision and recall are undefined, 0 when either is 0 —
/// including "never predicts the positive class but there are positives" (precision null, recall 0), and
/// P + R = 0 with both defined.</para>
/// <para><b>Macro</b> precision/recall/F1 follow scikit-learn's
/// <c>precision_recall_fscore_support(average="macro")</c> with its default <c>zero_division</c>, so numbers match
/// what practitioners get in a notebook: the unweighted mean over the classes that occur in the slice's labels or
/// outputs, where a class whose precision or recall is undefined (only a label, or only an output) counts as 0.
/// An empty slice (no classes) is null.</para>
/// <para><b>Averaging:</b> <c>average = "macro"</c> or <c>"binary"</c>; without <c>average</c>, binary when
/// <c>positive</c> is set, macro otherwise.</para>
/// </remarks>
public static class MetricMath
{
    /// <summary>The statistics the engine must compute for a built-in metric.</summary>
    public static StatisticsKind StatisticsFor(BuiltInMetric metric) => metric switch
    {
        BuiltInMetric.Accuracy or BuiltInMetric.ErrorRate => StatisticsKind.Matches,
        BuiltInMetric.ExactMatch => StatisticsKind.TrimmedMatches,
        BuiltInMetric.Precision or BuiltInMetric.Recall or BuiltInMetric.F1 => StatisticsKind.Classes,
        BuiltInMetric.Mae or BuiltInMetric.Rmse => StatisticsKind.Regression,
        BuiltInMetric.Mean => StatisticsKind.Mean,
        BuiltInMetric.Count => StatisticsKind.Count,
        BuiltInMetric.Wer => StatisticsKind.WordEdits,
        BuiltInMetric.Cer => StatisticsKind.CharEdits,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown built-in metric."),
    };

    /// <summary>The metric's value on a slice; null when it is undefined there (see the remarks).</summary>
    /// <exception cref="ArgumentException">The metric is not built in, or the statistics are of the wrong kind.</exception>
    /// <exception cref="ConfigException">Precision/recall/F1 with an unknown <c>average</c>, or binary without <c>positive</c>.</exception>
    public static double? Compute(MetricConfig metric, MetricStatistics statistics)
    {
        // Non-finite inputs are skipped before the sums (see MetricEvaluator.MeanValue); finite ones can still overflow
        // a sum of squares. Such a value is no number anyone can use, nor one JSON can carry: undefined.
        return Raw(metric, statistics) is { } value && double.IsFinite(value) ? value : null;
    }

    private static double? Raw(MetricConfig metric, MetricStatistics statistics)
    {
        var type = metric.Type ?? throw new ArgumentException(
            $"Metric '{metric.Name}' is a [Metric] function, not a built-in metric.", nameof(metric));
        return (type, statistics) switch
        {
            (BuiltInMetric.Accuracy or BuiltInMetric.ExactMatch, MatchCounts m) => ClassificationMath.Accuracy(m),
            (BuiltInMetric.Accuracy, ClassCounts c) => ClassificationMath.Accuracy(c.Matches),
            (BuiltInMetric.ErrorRate, MatchCounts m) => ClassificationMath.ErrorRate(m),
            (BuiltInMetric.ErrorRate, ClassCounts c) => ClassificationMath.ErrorRate(c.Matches),
            (BuiltInMetric.Precision or BuiltInMetric.Recall or BuiltInMetric.F1, ClassCounts c) => PrecisionRecallF1(metric, type, c),
            (BuiltInMetric.Mae, RegressionSums r) => r.Count == 0 ? null : r.SumAbsoluteError / r.Count,
            (BuiltInMetric.Rmse, RegressionSums r) => r.Count == 0 ? null : Math.Sqrt(r.SumSquaredError / r.Count),
            (BuiltInMetric.Mean, MeanSums s) => s.Count == 0 ? null : s.Sum / s.Count,
            (BuiltInMetric.Count, RowCount n) => n.Count,
            // Corpus-level rate (Σ edits / Σ reference length), as jiwer computes it, not a mean of per-row rates.
            (BuiltInMetric.Wer or BuiltInMetric.Cer, ErrorRateSums e) =>
                e.ReferenceLength == 0 ? null : (double)e.Edits / e.ReferenceLength,
            _ => throw new ArgumentException(
                $"Metric '{metric.Name}' ({type}) needs {StatisticsFor(type)} statistics, not {statistics.GetType().Name}.",
                nameof(statistics)),
        };
    }

    private static double? PrecisionRecallF1(MetricConfig metric, BuiltInMetric type, ClassCounts counts)
    {
        if (!IsBinary(metric))
        {
            return type switch
            {
                BuiltInMetric.Precision => ClassificationMath.MacroPrecision(counts),
                BuiltInMetric.Recall => ClassificationMath.MacroRecall(counts),
                _ => ClassificationMath.MacroF1(counts),
            };
        }
        var tally = counts.For(metric.Positive!);
        return type switch
        {
            BuiltInMetric.Precision => ClassificationMath.BinaryPrecision(tally),
            BuiltInMetric.Recall => ClassificationMath.BinaryRecall(tally),
            _ => ClassificationMath.BinaryF1(tally),
        };
    }

    private static bool IsBinary(MetricConfig metric)
    {
        if (metric.Average is null) return metric.Positive is not null;
        if (string.Equals(metric.Average, "macro", StringComparison.OrdinalIgnoreCase)) return false;
        if (!string.Equals(metric.Average, "binary", StringComparison.OrdinalIgnoreCase))
            throw new ConfigException(metric.Location, "average", $"unknown average \"{metric.Average}\"; use \"macro\" or \"binary\".");
        if (metric.Positive is null)
            throw new ConfigException(metric.Location, "positive", "binary averaging needs the positive class: add positive = \"...\" or use average = \"macro\".");
        return true;
    }
}
