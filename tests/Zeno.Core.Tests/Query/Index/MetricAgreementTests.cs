using Zeno.Core.Config;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Index;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Query.Index;

/// <summary>
/// Metrics on slices come out the same from the binned index and from SQL — sizes exactly, values to 1e-9 — on random
/// projects (missing values, NaN and ±∞, per-model computed columns), random slices (arbitrary predicates, the
/// bin-aligned ones the charts make, mixtures of both, filters on a model's output), one model or several at once,
/// and every metric: the decomposable ones must be answered by the index, the rest by SQL (several models in one query).
/// </summary>
public sealed class MetricAgreementTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Index_and_sql_give_the_same_metrics_on_random_slices(int seed)
    {
        using var project = await IndexProject.CreateAsync(seed);
        var context = project.Context;
        var random = new Random(seed * 104729);
        var table = project.Table();
        var layouts = new HistogramCache();
        var index = new IndexCache(IndexOptions.DefaultBudgetBytes);
        using var sql = new MetricEvaluator(context, QueryPath.Sql, index, layouts);
        using var auto = new MetricEvaluator(context, QueryPath.Auto, index, layouts);
        using var indexOnly = new MetricEvaluator(context, QueryPath.Index, index, layouts);
        var charts = new HistogramEngine(context, layouts, QueryPath.Sql);

        for (var round = 0; round < 10; round++)
        {
            var model = Some.Pick(random, IndexProject.Models);
            // The panel as the UI shows it (default top values and bins), so its bars are bin sets of the index.
            var panel = charts.Compute(new HistogramRequest([.. charts.Columns(model).Select(c => c.Name)]) { Model = model });
            var filter = ChartPredicates.Slice(random, table, panel);
            string?[] models = random.Next(2) == 0 ? [model] : [.. IndexProject.Models];
            foreach (var metric in context.Config.Metrics)
            {
                var where = $"seed {seed}, round {round}, models {string.Join(",", models)}, metric {metric.Name}: filter {filter}";
                // One model at a time: the reference, which batches nothing.
                var expected = models.Select(m => sql.Evaluate(filter, m, null, metric)).ToList();
                var actual = (Decomposable(metric) ? indexOnly : auto).Evaluate(filter, models, null, metric);
                Assert.Equal(expected.Count, actual.Count);
                for (var m = 0; m < models.Length; m++)
                {
                    Assert.True(expected[m].Size == actual[m].Size, $"{where}: size {actual[m].Size}, expected {expected[m].Size}");
                    Assert.True(HistogramComparison.Close(expected[m].Value, actual[m].Value), $"{where}: {actual[m].Value}, expected {expected[m].Value}");
                }
            }
        }
    }

    [Fact]
    public async Task A_slice_of_data_columns_is_found_once_for_every_model()
    {
        using var project = await IndexProject.CreateAsync(seed: 5, rows: 300);
        var index = new IndexCache(IndexOptions.DefaultBudgetBytes);
        using var evaluator = new MetricEvaluator(project.Context, QueryPath.Index, index, new HistogramCache());
        var accuracy = project.Context.Config.Metrics.Single(m => m.Name == "accuracy");

        evaluator.Evaluate(new TextMatch("review", "cat"), ["a", "b"], null, accuracy);

        // Each model's correct flags, and one bitmap of the text search that serves both (a text column has no codes).
        Assert.Equal(3, index.Count);
        evaluator.Evaluate(new TextMatch("review", "cat"), "a", null, accuracy);
        Assert.Equal(3, index.Count);
    }

    [Fact]
    public async Task A_slice_on_the_output_is_found_per_model_and_sized_per_model()
    {
        using var project = await IndexProject.CreateAsync(seed: 6, rows: 300);
        var context = project.Context;
        using var evaluator = new MetricEvaluator(context, QueryPath.Index, new IndexCache(IndexOptions.DefaultBudgetBytes), new HistogramCache());
        var count = context.Config.Metrics.Single(m => m.Name == "count");
        var filter = new IsNull("output", Negated: true);

        var results = evaluator.Evaluate(filter, ["a", "b"], null, count);

        using var sql = new MetricEvaluator(context, QueryPath.Sql, new IndexCache(0), new HistogramCache());
        Assert.Equal([sql.Size(filter, "a"), sql.Size(filter, "b")], results.Select(r => r.Size));
        Assert.Equal(results.Select(r => (double?)r.Size), results.Select(r => r.Value));
    }

    private static bool Decomposable(MetricConfig metric) => metric.Type is not (BuiltInMetric.F1 or BuiltInMetric.Precision or BuiltInMetric.Recall or null);
}
