using Zeno.Core.Config;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Metrics;
using Zeno.Core.Query.Sql;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Index;

/// <summary>
/// The SQL of a built-in metric's value per row, written as the metric evaluator writes its aggregates (the same
/// match expression, the same casts), so summing it over any rows gives the evaluator's statistics for them. Null when
/// the index keeps no per-row value for the metric (precision/recall/F1, [Metric] functions) or when the evaluator
/// would not compute statistics at all (no label column, no output): then the SQL path answers, and reports.
/// </summary>
/// <param name="Kind">The statistics.</param>
/// <param name="Sql">
/// The per-row value: a boolean (flags) or a DOUBLE that may be null (numbers); for WER and CER the label's and the
/// output's text, two expressions separated by a comma, as the evaluator reads them; empty for count.
/// </param>
/// <param name="Columns">The view columns it reads.</param>
internal sealed record MetricRowsSql(StatisticsKind Kind, string Sql, IReadOnlyList<string> Columns)
{
    public static MetricRowsSql? For(MetricConfig metric, InstanceView view, ZenoConfig config)
    {
        if (metric.Type is not { } type || MetricMath.StatisticsFor(type) is var kind && !BinStats.Supports(kind))
            return null;
        if (kind == StatisticsKind.Count)
            return new MetricRowsSql(kind, "", []);
        if (kind == StatisticsKind.Mean)
        {
            return metric.Column is { } name && view.Find(name) is { } column
                ? new MetricRowsSql(kind, MetricEvaluator.MeanValue(column), [column.Name])
                : null;
        }
        if (config.LabelColumn is null || view.Find(config.LabelColumn) is not { } label || view.Find(InstanceView.OutputName) is not { } output)
            return null;
        if (kind == StatisticsKind.Regression)
        {
            return new MetricRowsSql(kind, MetricEvaluator.RegressionError(output, label), [label.Name, output.Name]);
        }
        if (kind is StatisticsKind.WordEdits or StatisticsKind.CharEdits)
        {
            return new MetricRowsSql(kind, MetricEvaluator.EditTexts(label, output), [label.Name, output.Name]);
        }
        var numeric = ViewColumnResolver.StorageOf(label.SqlType) == StorageKind.Numeric
            && ViewColumnResolver.StorageOf(output.SqlType) == StorageKind.Numeric;
        var (l, o) = (MetricEvaluator.ClassText(label, numeric), MetricEvaluator.ClassText(output, numeric));
        var equal = kind == StatisticsKind.Matches ? $"{l} = {o}" : $"trim({l}) = trim({o})";
        return new MetricRowsSql(kind, equal, [label.Name, output.Name]);
    }
}
