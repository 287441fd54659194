using Zeno.Core.Query.Histograms;

namespace Zeno.Core.Tests.Query.Histograms;

public sealed class EdgeSearchTests
{
    [Fact]
    public void The_sql_asks_each_inner_edge_once_in_a_balanced_tree()
    {
        Assert.Equal("0", EdgeSearch.Sql(1, i => $"x < e{i}"));
        Assert.Equal("CASE WHEN x < e2 THEN CASE WHEN x < e1 THEN 0 ELSE 1 END ELSE CASE WHEN x < e3 THEN 2 ELSE 3 END END", EdgeSearch.Sql(4, i => $"x < e{i}"));
    }

    [Fact]
    public void Find_counts_the_inner_edges_a_value_is_not_below()
    {
        double[] edges = [0, 1, 2, 3, 4, 5];
        foreach (var value in new[] { -1, 0, 0.5, 1, 2.5, 4, 5, 6, double.NaN, double.NegativeInfinity, double.PositiveInfinity })
        {
            var linear = Math.Min(edges.Skip(1).SkipLast(1).Count(edge => !(value < edge)), 4);
            Assert.Equal(linear, EdgeSearch.Find(5, i => value < edges[i]));
        }
    }
}
