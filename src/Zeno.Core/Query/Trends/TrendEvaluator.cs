using Zeno.Core.Config;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;

namespace Zeno.Core.Query.Trends;

/// <summary>
/// Evaluates a slice's metric for every model of the config, in config order (the model history), and computes its
/// <see cref="TrendStatistics"/>. Shares the caller's <see cref="MetricEvaluator"/>, so a page of trends uses one
/// connection and the [Metric] cache.
/// </summary>
public sealed class TrendEvaluator(EvaluationContext context, MetricEvaluator evaluator)
{
    /// <summary>The trend of <paramref name="metric"/> on the slice <paramref name="filter"/> (null: every instance).</summary>
    public MetricTrend Evaluate(Predicate? filter, MetricConfig metric, string? transform = null)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var models = context.Config.Models.Select(model => model.Name).ToList();
        // Every model at once: the slice's rows are found once, and each model's statistics summed over them.
        var results = evaluator.Evaluate(filter, models, transform, metric);
        var statistics = TrendStatistics.Of(metric, results.Select(result => result.Value).ToList());
        return new MetricTrend(metric.Name, models, results.Select(result => result.Size).ToList(), statistics);
    }

    /// <summary>One trend with an evaluator of its own, for callers that need only this one.</summary>
    public static MetricTrend Evaluate(EvaluationContext context, Predicate? filter, MetricConfig metric, string? transform = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var evaluator = new MetricEvaluator(context);
        return new TrendEvaluator(context, evaluator).Evaluate(filter, metric, transform);
    }
}
