using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Index;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Query.Index;

/// <summary>
/// The binned index and the SQL path give the same histograms — every bucket's label, counts and metric — on random
/// projects (missing values, numbers on bin edges, NaN and ±∞, computed per-model columns), random filters, random
/// clauses (arbitrary predicates, and the bin-aligned ones charts make: bars, brushed ranges, value lists, "other",
/// "missing", their negations), random models and every metric (decomposable ones from the index, the rest from SQL).
/// </summary>
public sealed class IndexAgreementTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Index_and_sql_give_the_same_histograms_on_random_selections(int seed)
    {
        using var project = await IndexProject.CreateAsync(seed);
        var context = project.Context;
        var random = new Random(seed * 7919);
        var table = project.Table();
        var layouts = new HistogramCache();
        var sql = new HistogramEngine(context, layouts, QueryPath.Sql);
        var index = new HistogramEngine(context, layouts, QueryPath.Index, new IndexCache(IndexOptions.DefaultBudgetBytes));
        var metrics = context.Config.Metrics;

        for (var round = 0; round < 12; round++)
        {
            var model = Some.Pick(random, [null, .. IndexProject.Models]);
            var columns = sql.Columns(model).Select(c => c.Name).Where(_ => random.Next(5) > 0).ToList();
            var topValues = random.Next(3, 25);
            var plain = sql.Compute(new HistogramRequest(columns) { Model = model, TopValues = topValues });
            var filter = random.Next(3) == 0 ? null : random.Next(2) == 0 ? Some.Predicate(random, table, 2) : ChartPredicates.Aligned(random, plain);
            var clauses = Enumerable.Range(0, random.Next(4)).Select(_ => Clause(random, table, plain)).OfType<SelectionClause>().ToList();
            var request = new HistogramRequest(columns)
            {
                Model = model,
                Filter = filter,
                Selections = clauses,
                // Now and then other top values, so a clause's values may lie inside "other": not a bin set any more.
                TopValues = random.Next(5) == 0 ? random.Next(3, 25) : topValues,
                Metric = model is null || random.Next(4) == 0 ? null : Some.Pick(random, metrics),
            };
            var where = $"seed {seed}, round {round}, model {model}, metric {request.Metric?.Name}: filter {filter}; clauses {string.Join("; ", clauses.Select(c => $"{c.Source}: {c.Predicate}"))}";
            HistogramComparison.AssertSame(sql.Compute(request), index.Compute(request), where);
        }
    }

    private static SelectionClause? Clause(Random random, SomeTable table, HistogramResponse charts)
    {
        if (charts.Columns.Count == 0)
            return null;
        var source = Some.Pick(random, charts.Columns).Column;
        return random.Next(3) == 0
            ? new SelectionClause(source, Some.Predicate(random, table, 1))
            : ChartPredicates.Aligned(random, charts, source) is { } predicate ? new SelectionClause(source, predicate) : null;
    }
}
