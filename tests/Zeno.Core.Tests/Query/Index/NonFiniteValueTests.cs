using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Index;

namespace Zeno.Core.Tests.Query.Index;

/// <summary>
/// NaN and ±∞ in a mean's column are skipped like missing values, by SQL and by the index alike: the mean is that of
/// the finite values (checked against LINQ on the rows as written), never NaN, which no client could read.
/// </summary>
public sealed class NonFiniteValueTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_mean_skips_NaN_and_infinite_values(bool index)
    {
        var path = index ? QueryPath.Index : QueryPath.Sql;
        using var project = await IndexProject.CreateAsync(seed: 11, rows: 800);
        var context = project.Context;
        using var evaluator = new MetricEvaluator(context, path, new IndexCache(IndexOptions.DefaultBudgetBytes), new HistogramCache());
        var score = context.Config.Metrics.Single(m => m.Name == "score");
        var scores = project.Data.Select(row => row[1] as double?).ToList();
        Assert.Contains(scores, s => s is { } v && double.IsNaN(v));
        Assert.Contains(scores, s => s is { } v && double.IsInfinity(v));

        var all = evaluator.Evaluate(null, "a", null, score);
        var flagged = evaluator.Evaluate(new Comparison("flag", ComparisonOp.Equal, new FilterValue.Bool(true)), "a", null, score);

        var finite = scores.OfType<double>().Where(double.IsFinite).ToList();
        Assert.Equal(finite.Average(), all.Value!.Value, 9);
        var finiteFlagged = project.Data.Where(row => row[4] is true).Select(row => row[1]).OfType<double>().Where(double.IsFinite).ToList();
        Assert.Equal(finiteFlagged.Average(), flagged.Value!.Value, 9);
    }

    [Fact]
    public async Task A_slice_of_only_non_finite_values_has_no_mean()
    {
        using var project = await IndexProject.CreateAsync(seed: 12, rows: 400);
        var context = project.Context;
        var score = context.Config.Metrics.Single(m => m.Name == "score");
        var notANumber = new IdSet([.. project.Data.Where(row => row[1] is double v && !double.IsFinite(v)).Select(row => (string)row[0]!)]);
        foreach (var path in new[] { QueryPath.Sql, QueryPath.Index })
        {
            using var evaluator = new MetricEvaluator(context, path, new IndexCache(IndexOptions.DefaultBudgetBytes), new HistogramCache());
            var result = evaluator.Evaluate(notANumber, "a", null, score);
            Assert.True(result.Size > 0, $"{path}: no NaN rows in the project");
            Assert.Null(result.Value);
        }
    }
}
