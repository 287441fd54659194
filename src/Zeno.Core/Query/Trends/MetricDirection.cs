namespace Zeno.Core.Query.Trends;

/// <summary>Which way a metric improves, which decides what counts as a regression across model versions.</summary>
public enum MetricDirection
{
    /// <summary>Larger is better (accuracy, F1, recall, most <c>[Metric]</c> functions): a falling trend is a regression.</summary>
    HigherIsBetter,

    /// <summary>Smaller is better (error rate, MAE, RMSE, WER, CER): a rising trend is a regression.</summary>
    LowerIsBetter,

    /// <summary>Neither (a slice's row count): the trend is shown and may be volatile, but is never a regression.</summary>
    Neutral,
}
