using Zeno.Core.Config;
using Zeno.Core.Errors;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Tests;

namespace Zeno.Core.Query.Evaluation;

/// <summary>Evaluates every configured slice, metric and model, and every behavioral test, into an <see cref="EvaluationReport"/>.</summary>
public static class ProjectEvaluator
{
    /// <summary>The name of the slice that holds every instance.</summary>
    public const string AllInstances = "All instances";

    /// <summary>Computes the report. Slices are evaluated once per model because a slice may read the model's output.</summary>
    public static EvaluationReport Evaluate(EvaluationContext context)
    {
        var config = context.Config;
        using var evaluator = new MetricEvaluator(context);
        var models = config.Models.Select(model => model.Name).ToList();
        var slices = new List<(string Name, string? Folder, Predicate? Filter, string Text)> { (AllInstances, null, null, "") };
        slices.AddRange(config.Slices.Select(slice => (slice.Name, slice.Folder, (Predicate?)ParseSlice(slice), slice.Filter)));

        var results = new List<SliceResult>();
        foreach (var (name, folder, filter, text) in slices)
        {
            var sizes = new Dictionary<string, long>();
            var byModel = new Dictionary<string, IReadOnlyDictionary<string, double?>>();
            foreach (var model in models)
            {
                var slice = SliceQuery.Create(context, filter, model, null);
                var size = sizes[model] = evaluator.Size(slice);
                var metricValues = new Dictionary<string, double?>();
                foreach (var metric in config.Metrics)
                    metricValues[metric.Name] = evaluator.Value(slice, filter, model, null, metric, size);
                byModel[model] = metricValues;
            }
            results.Add(new SliceResult(name, folder, text, sizes, byModel));
        }

        var outcomes = new TestRunner(context, evaluator).Run(ConfigTests(config));
        var transforms = context.Functions.Transforms.Keys.Order(StringComparer.Ordinal)
            .Select(transform => new TransformResult(transform, models.ToDictionary(model => model, model =>
            {
                var slice = SliceQuery.Create(context, null, model, transform);
                var size = evaluator.Size(slice);
                return (IReadOnlyDictionary<string, double?>)config.Metrics.ToDictionary(metric => metric.Name,
                    metric => evaluator.Value(slice, null, model, transform, metric, size));
            })))
            .ToList();
        return new EvaluationReport(models, config.Metrics.Select(metric => metric.Name).ToList(), results, outcomes, transforms);
    }

    /// <summary>The tests of zeno.toml, ready for <see cref="TestRunner"/> ("All instances" has no filter).</summary>
    public static IReadOnlyList<TestCase> ConfigTests(ZenoConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return [.. config.Tests.Select(test => TestCase.FromConfig(test,
            test.Slice == AllInstances ? null : ParseSlice(config.Slices.First(slice => slice.Name == test.Slice))))];
    }

    /// <summary>Parses a config slice's filter; a syntax error points at the slice's line in zeno.toml.</summary>
    public static Predicate ParseSlice(SliceConfig slice)
    {
        try
        {
            return FilterParser.Parse(slice.Filter);
        }
        catch (FilterSyntaxException e)
        {
            throw new ConfigException(slice.FilterLocation, $"slices.{slice.Name}.filter", e.Message);
        }
    }
}
