using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Index;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Query.Index;

/// <summary>
/// A [Metric] function gets the same frame whether SQL reads its slice or the index gathers it: the same rows in the
/// same order, the same columns with the same types and values (the checksum metric of <see cref="IndexProject"/>
/// reads every column of the view: text, numbers with NaN and ±∞, booleans, dates, nulls, and each model's joined
/// predictions), and the same size, on random slices for one model or several. Each path has its own evaluator, which
/// writes what it computed to the store's cache only when disposed, and the cache is emptied before each evaluation,
/// so each path computes its own answer.
/// </summary>
public sealed class FunctionMetricAgreementTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task The_index_gathers_the_frame_sql_reads(int seed)
    {
        using var project = await IndexProject.CreateAsync(seed, functionMetric: true);
        var context = project.Context;
        var metric = context.Config.Metrics.Single(m => m.Name == "row_checksum");
        var random = new Random(seed * 7919);
        var table = project.Table();
        var layouts = new HistogramCache();
        var index = new IndexCache(IndexOptions.DefaultBudgetBytes);
        using var sql = new MetricEvaluator(context, QueryPath.Sql, index, layouts);
        using var indexOnly = new MetricEvaluator(context, QueryPath.Index, index, layouts);
        var charts = new HistogramEngine(context, layouts, QueryPath.Sql);

        for (var round = 0; round < 12; round++)
        {
            var model = Some.Pick(random, IndexProject.Models);
            var panel = charts.Compute(new HistogramRequest([.. charts.Columns(model).Select(c => c.Name)]) { Model = model });
            var filter = ChartPredicates.Slice(random, table, panel);
            // Now and then a filter on the model's predictions, whose rows differ per model: on a bar of the output's
            // chart, or off the confidence chart's bins (a bitmap per model).
            if (random.Next(3) == 0)
            {
                Predicate perModel = random.Next(2) == 0 ? new IsNull("output", Negated: true) : FilterParser.Parse("confidence > 0.4321");
                filter = filter is null ? perModel : Group.And(filter, perModel);
            }
            string?[] models = random.Next(2) == 0 ? [model] : [.. IndexProject.Models];
            var where = $"seed {seed}, round {round}, models {string.Join(",", models)}: filter {filter}";

            ForgetMetrics(project);
            var expected = models.Select(m => sql.Evaluate(filter, m, null, metric)).ToList();
            ForgetMetrics(project);
            var actual = indexOnly.Evaluate(filter, models, null, metric);

            Assert.Equal(expected.Count, actual.Count);
            for (var m = 0; m < models.Length; m++)
            {
                Assert.True(expected[m].Size == actual[m].Size, $"{where}: size {actual[m].Size}, expected {expected[m].Size}");
                Assert.True(expected[m].Value == actual[m].Value, $"{where}: checksum {actual[m].Value}, expected {expected[m].Value}");
            }
            // A chart's bar coloured by the metric asks for the value of a slice whose size it knows (of an evaluator
            // of its own: the one above keeps the values it computed until it is disposed).
            ForgetMetrics(project);
            using var bars = new MetricEvaluator(context, QueryPath.Index, index, layouts);
            var bar = bars.Value(SliceQuery.Create(context, filter, models[0], null), filter, models[0], null, metric, expected[0].Size);
            Assert.True(expected[0].Value == bar, $"{where}: value {bar}, expected {expected[0].Value}");
        }
    }

    [Fact]
    public async Task A_view_too_large_for_the_budget_is_read_by_sql()
    {
        using var project = await IndexProject.CreateAsync(seed: 4, rows: 300, functionMetric: true);
        var context = project.Context;
        var metric = context.Config.Metrics.Single(m => m.Name == "row_checksum");
        var filter = FilterParser.Parse("flag == true");
        using var reference = new MetricEvaluator(context, QueryPath.Sql, new IndexCache(0), new HistogramCache());
        var expected = reference.Evaluate(filter, "a", null, metric);
        // Room for the filter's codes, not for the id column's 300 distinct strings in the eighth a column may take.
        var index = new IndexCache(64 * 1024);
        using var auto = new MetricEvaluator(context, QueryPath.Auto, index, new HistogramCache());
        using var indexOnly = new MetricEvaluator(context, QueryPath.Index, index, new HistogramCache());

        ForgetMetrics(project);
        var actual = auto.Evaluate(filter, "a", null, metric);

        Assert.Equal(expected, actual);
        ForgetMetrics(project);
        Assert.Throws<InvalidOperationException>(() => indexOnly.Evaluate(filter, "a", null, metric));
    }

    private static void ForgetMetrics(IndexProject project) =>
        project.Context.Store.Write(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM metric_cache";
            command.ExecuteNonQuery();
        });
}
