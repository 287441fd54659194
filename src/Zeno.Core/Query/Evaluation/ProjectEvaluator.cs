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
            var (sizes, byModel) = Cells(evaluator, config, filter, models, null);
            results.Add(new SliceResult(name, folder, text, sizes, byModel));
        }

        var outcomes = new TestRunner(context, evaluator).Run(ConfigTests(config));
        var transforms = context.Functions.Transforms.Keys.Order(StringComparer.Ordinal)
            .Select(transform => new TransformResult(transform, Cells(evaluator, config, null, models, transform).Values))
            .ToList();
        return new EvaluationReport(models, config.Metrics.Select(metric => metric.Name).ToList(), results, outcomes, transforms);
    }

    // Every metric of one slice for every model; each metric is evaluated for all models together.
    private static (Dictionary<string, long> Sizes, Dictionary<string, IReadOnlyDictionary<string, double?>> Values) Cells(
        MetricEvaluator evaluator, ZenoConfig config, Predicate? filter, List<string> models, string? transform)
    {
        var byMetric = config.Metrics.Select(metric => (metric.Name, Results: evaluator.Evaluate(filter, [.. models], transform, metric))).ToList();
        var sizes = models.Select((model, m) => (model, size: byMetric.Count > 0 ? byMetric[0].Results[m].Size : evaluator.Size(filter, model, transform)))
            .ToDictionary(pair => pair.model, pair => pair.size);
        var values = models.Select((model, m) => (model, values: (IReadOnlyDictionary<string, double?>)byMetric.ToDictionary(r => r.Name, r => r.Results[m].Value)))
            .ToDictionary(pair => pair.model, pair => pair.values);
        return (sizes, values);
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
