using Zeno.Core.Config;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Query.Histograms;

/// <summary>
/// On random projects, filters and selection clauses: every chart's filtered counts add up to the rows its
/// cross-filter keeps (the missing bucket included), every bucket's counts equal a plain C# count of the values in it,
/// and every bucket's filter selects exactly the rows its bar counts.
/// </summary>
public sealed class HistogramPropertyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Bucket_counts_add_up_and_equal_a_linq_count_per_bucket(int seed)
    {
        using var project = new HistogramProject(seed);
        var context = project.Context;
        var random = new Random(seed * 31);
        var table = project.Table();
        var engine = new HistogramEngine(context, new HistogramCache());
        var everyone = HistogramOracle.Ids(context, null);
        var values = HistogramProject.Charted.ToDictionary(column => column, column => HistogramOracle.Values(context, column));
        Assert.Equal(
            [ColumnType.Continuous, ColumnType.Continuous, ColumnType.Nominal, ColumnType.Boolean, ColumnType.Datetime, ColumnType.Text, ColumnType.Nominal],
            HistogramProject.Charted.Select(column => engine.Columns(null).Single(c => c.Name == column).Type));

        for (var round = 0; round < 8; round++)
        {
            var filter = random.Next(3) == 0 ? null : Some.Predicate(random, table, 2);
            var clauses = Enumerable.Range(0, random.Next(3))
                .Select(_ => new SelectionClause(Some.Pick(random, HistogramProject.Charted), Some.Predicate(random, table, 1)))
                .ToList();
            var request = new HistogramRequest(HistogramProject.Charted) { Filter = filter, Selections = clauses, TopValues = random.Next(3, 25) };
            var response = engine.Compute(request);
            var where = $"seed {seed}, round {round}: filter {filter}; clauses {string.Join("; ", clauses.Select(c => $"{c.Source}: {c.Predicate}"))}";

            Assert.Equal(everyone.Count, response.Total);
            Assert.Equal(HistogramOracle.Ids(context, And([filter, .. clauses.Select(c => c.Predicate)])).Count, response.Filtered);
            foreach (var histogram in response.Columns)
            {
                var condition = And([filter, .. clauses.Where(c => c.Source != histogram.Column).Select(c => c.Predicate)]);
                var kept = HistogramOracle.Ids(context, condition);
                var column = values[histogram.Column];
                Assert.True(kept.Count == histogram.Filtered, $"{where}\n{histogram.Column}: {histogram.Filtered} filtered, expected {kept.Count}");
                if (histogram.Type != ColumnType.Text)
                {
                    Assert.Equal(histogram.Filtered, histogram.Buckets.Sum(bucket => bucket.Filtered));
                    Assert.Equal(histogram.Total, histogram.Buckets.Sum(bucket => bucket.Total));
                    // Every value is in exactly one bucket.
                    Assert.All(column.Values, value => Assert.Single(Enumerable.Range(0, histogram.Buckets.Count), i => HistogramOracle.InBucket(histogram, i, value)));
                }
                for (var i = 0; i < histogram.Buckets.Count; i++)
                {
                    var bucket = histogram.Buckets[i];
                    var message = $"{where}\n{histogram.Column} bucket {bucket.Label} ({bucket.FilterText})";
                    Assert.True(everyone.Count(id => HistogramOracle.InBucket(histogram, i, column[id])) == bucket.Total, $"{message}: total {bucket.Total}");
                    Assert.True(kept.Count(id => HistogramOracle.InBucket(histogram, i, column[id])) == bucket.Filtered, $"{message}: filtered {bucket.Filtered}");
                    if (round % 3 == 0)
                        Assert.True(HistogramOracle.Ids(context, And([condition, bucket.Filter])).Count == bucket.Filtered, $"{message}: its filter selects another count");
                }
            }
        }
    }

    private static Predicate? And(IEnumerable<Predicate?> parts) => CrossFilter.Combine(parts.OfType<Predicate>());
}
