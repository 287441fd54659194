using System.Net;
using System.Text.Json;

namespace Zeno.Server.Tests;

public sealed class RowAndTrendEndpointTests
{
    [Fact]
    public async Task A_page_of_rows_is_filtered_sorted_and_counted()
    {
        await using var server = await ServerProject.StartAsync();
        var page = await server.PostJson("/api/rows", new { where = new { filter = "kind == \"b\"" }, sort = "words", descending = true, offset = 0, limit = 5 });
        var expected = ServerProject.Rows.Where(r => r.Kind == "b").ToList();
        Assert.Equal(expected.Count, page.GetProperty("total").GetInt64());
        var rows = page.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(5, rows.Count);
        var words = rows.Select(r => r.GetProperty("words").GetInt64()).ToList();
        Assert.Equal(words.OrderByDescending(w => w), words);
        Assert.Equal(expected.Max(r => r.Text.Split(' ').Length), words[0]);
        Assert.Contains("output", page.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Comparing_two_models_adds_the_difference_and_sorts_by_it()
    {
        await using var server = await ServerProject.StartAsync();
        var page = await server.PostJson("/api/rows", new { model = "new", compareModel = "old", sort = "difference", descending = true, limit = 40 });
        var rows = page.GetProperty("rows").EnumerateArray().ToList();
        var disagreements = ServerProject.Rows.Count(r => r.Old != r.New);
        Assert.Equal(disagreements, rows.Count(r => r.GetProperty("difference").GetBoolean()));
        Assert.True(rows.Take(disagreements).All(r => r.GetProperty("difference").GetBoolean()));
    }

    [Fact]
    public async Task An_instance_is_found_by_id_and_a_missing_one_is_404()
    {
        await using var server = await ServerProject.StartAsync();
        var row = await server.GetJson("/api/instances/r07?model=old");
        Assert.Equal(ServerProject.Rows[7].Old, row.GetProperty("output").GetString());
        using var missing = await server.Client.GetAsync("/api/instances/nope%2Fnever");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Trends_follow_the_metric_across_models_per_slice()
    {
        await using var server = await ServerProject.StartAsync();
        var trends = await server.PostJson("/api/trends", new { metric = "accuracy", slices = new object[] { new { slices = new[] { "All instances" } }, new { filter = "kind == \"a\"" } } });
        Assert.Equal(2, trends.GetArrayLength());
        var values = trends[0].GetProperty("statistics").GetProperty("values").EnumerateArray().Select(v => v.GetDouble()).ToList();
        var rows = ServerProject.Rows;
        Assert.Equal([rows.Count(r => r.Old == r.Label) / 40.0, rows.Count(r => r.New == r.Label) / 40.0], values);
        Assert.Equal(["old", "new"], trends[0].GetProperty("models").EnumerateArray().Select(m => m.GetString()));
        // Two models are too few for significance: never flagged.
        Assert.False(trends[0].GetProperty("statistics").GetProperty("regressing").GetBoolean());
        Assert.Equal(JsonValueKind.Null, trends[0].GetProperty("statistics").GetProperty("pValue").ValueKind);
    }
}
