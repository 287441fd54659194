using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Index;
using Zeno.Core.Store;

namespace Zeno.Core.Tests.Query.Index;

/// <summary>When the index cannot give SQL's answer it declines, and the SQL path answers the request.</summary>
public sealed class IndexFallbackTests
{
    [Fact]
    public async Task A_computed_column_still_being_filled_is_counted_by_sql_until_it_is_complete()
    {
        using var project = await IndexProject.CreateAsync(seed: 9, rows: 200);
        var context = project.Context;
        var output = context.View("a", null).Find("output")!;
        var key = context.Manifest.Single(entry => entry.TableName == output.Table).Key;
        project.Project.Store.Write(connection => ZenoStore.Execute(connection, "DELETE FROM partitions WHERE column_key = $key", ("key", key.ToString())));

        var request = new HistogramRequest(["output", "city"]) { Model = "a" };
        var indexOnly = new HistogramEngine(project.Context, new HistogramCache(), QueryPath.Index, new IndexCache(IndexOptions.DefaultBudgetBytes));
        Assert.Throws<InvalidOperationException>(() => indexOnly.Compute(request));
        // A column of the data table is never being filled.
        indexOnly.Compute(request with { Columns = ["city"] });
        Assert.Null(indexOnly.Brush(request, "city"));
        var auto = new HistogramEngine(project.Context, new HistogramCache(), QueryPath.Auto, new IndexCache(IndexOptions.DefaultBudgetBytes));
        HistogramComparison.AssertSame(new HistogramEngine(project.Context, new HistogramCache(), QueryPath.Sql).Compute(request), auto.Compute(request), "filling");
    }

    [Fact]
    public async Task A_budget_of_zero_turns_the_index_off()
    {
        using var project = await IndexProject.CreateAsync(seed: 10, rows: 100);
        var off = new HistogramEngine(project.Context, new HistogramCache(), QueryPath.Index, new IndexCache(0));
        Assert.Throws<InvalidOperationException>(() => off.Compute(new HistogramRequest(["city"])));
        var cache = new IndexCache(IndexOptions.DefaultBudgetBytes);
        new HistogramEngine(project.Context, new HistogramCache(), QueryPath.Index, cache).Compute(new HistogramRequest(["city", "score"]));
        // Two code columns of 100 rows, padded to whole words of 64, and their totals.
        Assert.Equal(2, cache.Count);
        Assert.True(cache.Bytes is > 2 * 128 and < 2 * 128 + 1000, $"{cache.Bytes} bytes");
    }

    [Fact]
    public void Least_recently_used_parts_go_when_the_budget_is_exceeded()
    {
        var cache = new IndexCache(budgetBytes: 2500);
        cache.Add("a", new RowBitmap(new ulong[125]));
        cache.Add("b", new RowBitmap(new ulong[125]));
        Assert.NotNull(cache.Find<RowBitmap>("a"));
        cache.Add("c", new RowBitmap(new ulong[125]));
        Assert.Equal(["a", "c"], new[] { "a", "b", "c" }.Where(key => cache.Find<RowBitmap>(key) is not null));
        Assert.Equal(2000, cache.Bytes);
    }
}
