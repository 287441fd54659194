using Zeno.Core.Errors;

namespace Zeno.Core.Config;

/// <summary>One <c>[[metrics]]</c> entry: a built-in metric (<see cref="Type"/>) or a <c>[Metric]</c> function by name.</summary>
public sealed record MetricConfig(string Name, SourceLocation Location)
{
    /// <summary>The built-in metric; null when <see cref="Name"/> names a <c>[Metric]</c> function.</summary>
    public BuiltInMetric? Type { get; init; }

    /// <summary>The positive class of binary precision/recall/F1.</summary>
    public string? Positive { get; init; }

    /// <summary>"macro" averages precision/recall/F1 over the classes present in the slice's labels or outputs.</summary>
    public string? Average { get; init; }

    /// <summary>The column that <c>mean</c> averages.</summary>
    public string? Column { get; init; }
}

/// <summary>The metrics Zeno computes without code.</summary>
public enum BuiltInMetric
{
    /// <summary>Share of rows whose output equals the label.</summary>
    Accuracy,
    /// <summary>Share of rows whose output differs from the label.</summary>
    ErrorRate,
    /// <summary>TP / (TP + FP), binary (positive class) or macro-averaged.</summary>
    Precision,
    /// <summary>TP / (TP + FN), binary (positive class) or macro-averaged.</summary>
    Recall,
    /// <summary>Harmonic mean of precision and recall, binary or macro-averaged.</summary>
    F1,
    /// <summary>Mean absolute error of numeric outputs.</summary>
    Mae,
    /// <summary>Root mean squared error of numeric outputs.</summary>
    Rmse,
    /// <summary>Mean of a column.</summary>
    Mean,
    /// <summary>Number of rows.</summary>
    Count,
    /// <summary>Word error rate: word edits over reference words.</summary>
    Wer,
    /// <summary>Character error rate: character edits over reference characters.</summary>
    Cer,
    /// <summary>Share of rows whose trimmed output text equals the trimmed label text.</summary>
    ExactMatch,
}
