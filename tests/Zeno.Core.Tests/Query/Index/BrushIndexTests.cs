using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Index;
using Zeno.Core.Query.Metrics;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Query.Index;

/// <summary>
/// The brushing index against the SQL path: for a brush over active bars [i, j) (and the "missing" bar now and then),
/// summing those rows of every chart's cells gives exactly the filtered counts — and the metric — SQL computes with
/// that brush as the active chart's clause; summing the selection gives the selection's size.
/// </summary>
public sealed class BrushIndexTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public async Task Summing_a_brushed_range_of_cells_gives_the_sql_histograms_under_that_brush(int seed)
    {
        using var project = await IndexProject.CreateAsync(seed, rows: 500);
        var context = project.Context;
        var random = new Random(seed);
        var table = project.Table();
        var layouts = new HistogramCache();
        var sql = new HistogramEngine(context, layouts, QueryPath.Sql);
        var index = new HistogramEngine(context, layouts, QueryPath.Index, new IndexCache(IndexOptions.DefaultBudgetBytes));
        var metrics = context.Config.Metrics.Where(m => m.Type is { } t && BinStats.Supports(MetricMath.StatisticsFor(t))).ToList();

        for (var round = 0; round < 8; round++)
        {
            var model = Some.Pick(random, IndexProject.Models);
            var columns = sql.Columns(model).Select(c => c.Name).ToList();
            var active = Some.Pick(random, ["score", "count", "day", "confidence"]);
            var others = columns.Where(c => c != active).ToList();
            var request = new HistogramRequest(columns)
            {
                Model = model,
                Filter = random.Next(2) == 0 ? null : Some.Predicate(random, table, 1),
                Selections = [
                    new SelectionClause(active, new IsNull(active, Negated: true)),
                    .. Enumerable.Range(0, random.Next(3)).Select(_ => new SelectionClause(Some.Pick(random, others), Some.Predicate(random, table, 1))),
                ],
                Metric = random.Next(3) == 0 ? null : Some.Pick(random, metrics),
            };
            var brush = index.Brush(request, active)!;
            var plain = sql.Compute(request with { Selections = [.. request.Selections.Where(c => c.Source != active)] });
            var activeChart = plain.Columns.Single(c => c.Column == active);
            Assert.Equal(activeChart.Buckets.Select(b => b.Label), brush.ActiveBuckets);
            var bins = activeChart.Buckets.Where(b => b.Kind is BucketKind.Range or BucketKind.Time).ToList();

            for (var attempt = 0; attempt < 3; attempt++)
            {
                var i = random.Next(bins.Count);
                var j = random.Next(i + 1, bins.Count + 1);
                var missing = random.Next(3) == 0 && activeChart.Buckets[^1].Kind == BucketKind.Missing;
                var clause = Brushed(active, bins, i, j, missing);
                var chosen = Enumerable.Range(i, j - i).Concat(missing ? [activeChart.Buckets.Count - 1] : []).ToList();
                var expected = sql.Compute(request with { Selections = [.. request.Selections.Where(c => c.Source != active), new SelectionClause(active, clause)] });
                var where = $"seed {seed}, round {round}, model {model}, metric {request.Metric?.Name}, brush {clause}";

                Assert.True(expected.Filtered == chosen.Sum(a => brush.Selection.Rows[a]), $"{where}: selection");
                foreach (var chart in brush.Charts)
                {
                    var histogram = expected.Columns.Single(c => c.Column == chart.Column);
                    Assert.Equal(histogram.Buckets.Select(b => b.Label), chart.Buckets);
                    for (var p = 0; p < chart.Buckets.Count; p++)
                    {
                        var cells = chosen.Select(a => a * chart.Buckets.Count + p).ToList();
                        var rows = cells.Sum(c => chart.Cells.Rows[c]);
                        Assert.True(histogram.Buckets[p].Filtered == rows, $"{where}\n{chart.Column} {chart.Buckets[p]}: {rows}, expected {histogram.Buckets[p].Filtered}");
                        // Sums that are not finite (NaN, ±∞ in the data) are not sent: the browser shows no value there.
                        var finite = chart.Cells.Sum is not { } sums || cells.All(c => sums[c] is not null && chart.Cells.SumAbs![c] is not null && chart.Cells.SumSquares![c] is not null);
                        if (request.Metric is { } metric && finite)
                        {
                            var value = MetricMath.Compute(metric, Statistics(brush.MetricKind!.Value, chart.Cells, cells, rows));
                            Assert.True(HistogramComparison.Close(histogram.Buckets[p].Metric, value), $"{where}\n{chart.Column} {chart.Buckets[p]}: metric {value}, expected {histogram.Buckets[p].Metric}");
                        }
                    }
                }
            }
        }
    }

    private static Predicate Brushed(string column, IReadOnlyList<HistogramBucket> bins, int i, int j, bool missing)
    {
        FilterValue Edge(int k) => bins[k].Kind == BucketKind.Time ? new FilterValue.Date(bins[k].Start!.Value) : new FilterValue.Number(bins[k].Low!.Value);
        var parts = new List<Predicate>();
        if (i > 0)
            parts.Add(new Comparison(column, ComparisonOp.GreaterOrEqual, Edge(i)));
        if (j < bins.Count)
            parts.Add(new Comparison(column, ComparisonOp.Less, Edge(j)));
        Predicate range = parts.Count == 0 ? new IsNull(column, Negated: true) : Group.And([.. parts]);
        return missing ? Group.Or(range, new IsNull(column)) : range;
    }

    private static MetricStatistics Statistics(StatisticsKind kind, BrushCells cells, IReadOnlyList<int> at, long rows)
    {
        double Sum(IReadOnlyList<double?> values) => at.Sum(c => values[c] ?? double.NaN);
        return kind switch
        {
            StatisticsKind.Matches or StatisticsKind.TrimmedMatches => new MatchCounts(rows, at.Sum(c => cells.Correct![c])),
            StatisticsKind.Mean => new MeanSums(at.Sum(c => cells.Present![c]), Sum(cells.Sum!)),
            StatisticsKind.Regression => new RegressionSums(at.Sum(c => cells.Present![c]), Sum(cells.SumAbs!), Sum(cells.SumSquares!)),
            StatisticsKind.WordEdits or StatisticsKind.CharEdits => new ErrorRateSums(at.Sum(c => cells.Edits![c]), at.Sum(c => cells.ReferenceLength![c])),
            _ => new RowCount(rows),
        };
    }
}
