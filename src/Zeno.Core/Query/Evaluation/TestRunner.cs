using Zeno.Core.Config;
using Zeno.Core.Errors;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Tests;

namespace Zeno.Core.Query.Evaluation;

/// <summary>
/// The one way behavioral tests are evaluated — by <c>zeno run</c>, <c>zeno test</c>, <c>GET /api/tests</c> and report
/// exports: the models from <see cref="TestEvaluator.ModelsOf(TestModels, IReadOnlyList{string})"/>, the value from
/// <see cref="MetricEvaluator"/> (the numbers the slice tables show), the verdict from <see cref="Expectation"/>.
/// Anything that stops a value from being computed — a deleted slice, a metric or transform that left zeno.toml, a
/// [Metric] function that throws — becomes that outcome's <see cref="TestOutcome.Error"/>, so one stale test never
/// hides the others and is never skipped.
/// </summary>
public sealed class TestRunner(EvaluationContext context, MetricEvaluator evaluator)
{
    // Tests often share a slice and model (one per metric, or "all" models); each value is computed once per run.
    private readonly Dictionary<(string Filter, string Model, string? Transform, string Metric), double?> _values = [];

    /// <summary>One outcome per (test, model), tests in the order given and models in config order.</summary>
    public IReadOnlyList<TestOutcome> Run(IEnumerable<TestCase> tests)
    {
        ArgumentNullException.ThrowIfNull(tests);
        return [.. tests.SelectMany(Run)];
    }

    /// <summary>The outcomes of one test, one per model it applies to.</summary>
    public IReadOnlyList<TestOutcome> Run(TestCase test)
    {
        ArgumentNullException.ThrowIfNull(test);
        // Expectations were checked when zeno.toml was loaded or the report was saved (stored in canonical text).
        var expectation = Expectation.Parse(test.Expect);
        var metric = context.Config.Metrics.FirstOrDefault(m => m.Name == test.Metric);
        var problem = test.SliceProblem ?? MetricProblem(test, metric) ?? TransformProblem(test);
        var models = context.Config.Models.Select(model => model.Name).ToList();
        var outcomes = new List<TestOutcome>();
        foreach (var (model, modelProblem) in TestEvaluator.ModelsOf(test.Models, models))
        {
            var outcome = new TestOutcome(test.Name, test.Slice, test.Metric, model, null, expectation)
            {
                ReportId = test.ReportId,
                Transform = test.Transform,
                Error = problem ?? modelProblem,
            };
            if (outcome.Error is null)
            {
                try
                {
                    outcome = outcome with { Value = Value(test, model, metric!) };
                }
                catch (ZenoException e)
                {
                    outcome = outcome with { Error = e.Message };
                }
            }
            outcomes.Add(outcome);
        }
        return outcomes;
    }

    private double? Value(TestCase test, string model, MetricConfig metric)
    {
        var key = (test.Filter is null ? "" : FilterFormatter.Format(test.Filter), model, test.Transform, metric.Name);
        if (!_values.TryGetValue(key, out var value))
            _values[key] = value = evaluator.Evaluate(test.Filter, model, test.Transform, metric).Value;
        return value;
    }

    private string? MetricProblem(TestCase test, MetricConfig? metric) =>
        metric is not null ? null
        : $"metric '{test.Metric}' is no longer in zeno.toml (metrics: {string.Join(", ", context.Config.Metrics.Select(m => m.Name))}); edit the test";

    private string? TransformProblem(TestCase test) =>
        test.Transform is null || context.Functions.Transforms.ContainsKey(test.Transform) ? null
        : $"transform '{test.Transform}' no longer exists (transforms: {(context.Functions.Transforms.Count == 0 ? "none" : string.Join(", ", context.Functions.Transforms.Keys.Order(StringComparer.Ordinal)))}); edit the report";
}
