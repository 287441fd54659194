using System.Text.Json;

namespace Zeno.Server.Tests;

public sealed class HistogramEndpointTests
{
    private static JsonElement Chart(JsonElement response, string column) =>
        response.GetProperty("charts").EnumerateArray().Single(chart => chart.GetProperty("column").GetString() == column);

    [Fact]
    public async Task Every_column_gets_a_chart_whose_filtered_counts_sum_to_the_selection()
    {
        await using var server = await ServerProject.StartAsync();
        var response = await server.PostJson("/api/histograms", new { where = new { filter = "words >= 2" } });
        var expected = ServerProject.Rows.Count(r => r.Text.Split(' ').Length >= 2);
        Assert.Equal(40, response.GetProperty("total").GetInt64());
        Assert.Equal(expected, response.GetProperty("filtered").GetInt64());
        foreach (var chart in response.GetProperty("charts").EnumerateArray().Where(c => c.GetProperty("type").GetString() != "text"))
            Assert.Equal(expected, chart.GetProperty("buckets").EnumerateArray().Sum(b => b.GetProperty("filtered").GetInt64()));
        var kind = Chart(response, "kind");
        Assert.Equal("nominal", kind.GetProperty("type").GetString());
        var a = kind.GetProperty("buckets").EnumerateArray().Single(b => b.GetProperty("label").GetString() == "a");
        Assert.Equal(ServerProject.Rows.Count(r => r.Kind == "a"), a.GetProperty("total").GetInt64());
        Assert.Equal("kind == \"a\"", a.GetProperty("filter").GetString());
    }

    [Fact]
    public async Task A_charts_own_selection_does_not_filter_it_but_filters_the_others_and_buckets_carry_the_metric()
    {
        await using var server = await ServerProject.StartAsync();
        var response = await server.PostJson("/api/histograms", new
        {
            columns = new[] { "kind", "label" },
            selections = new[] { new { source = "kind", filter = "kind == \"a\"" } },
            metric = "accuracy",
        });
        var kind = Chart(response, "kind");
        Assert.Equal(40, kind.GetProperty("filtered").GetInt64());
        var label = Chart(response, "label");
        var inA = ServerProject.Rows.Where(r => r.Kind == "a").ToList();
        Assert.Equal(inA.Count, label.GetProperty("filtered").GetInt64());
        var pos = label.GetProperty("buckets").EnumerateArray().Single(b => b.GetProperty("label").GetString() == "pos");
        var positives = inA.Where(r => r.Label == "pos").ToList();
        Assert.Equal(positives.Count(r => r.New == r.Label) / (double)positives.Count, pos.GetProperty("metric").GetDouble(), 12);
    }

    [Fact]
    public async Task Text_search_counts_matches_and_returns_highlighted_snippets()
    {
        await using var server = await ServerProject.StartAsync();
        var result = await server.PostJson("/api/search", new { column = "text", pattern = "word word word word", snippets = 3 });
        Assert.Equal(ServerProject.Rows.Count(r => r.Text.Contains("word word word word", StringComparison.Ordinal)), result.GetProperty("count").GetInt64());
        var snippet = result.GetProperty("snippets")[0];
        var start = snippet.GetProperty("matchStart").GetInt32();
        Assert.Equal("word word word word", snippet.GetProperty("text").GetString()!.Substring(start, snippet.GetProperty("matchLength").GetInt32()));
    }

    [Fact]
    public async Task Completions_list_the_words_with_the_typed_prefix_and_their_rows_in_the_selection()
    {
        await using var server = await ServerProject.StartAsync();
        var result = await server.PostJson("/api/search/completions", new { column = "text", prefix = "some WO", where = new { filter = "kind == \"a\"" } });
        var rows = ServerProject.Rows.Where(r => r.Kind == "a").ToList();
        var expected = rows.SelectMany(r => r.Text.ToLowerInvariant().Split(' ').Where(w => w.StartsWith("wo", StringComparison.Ordinal)).Distinct())
            .GroupBy(w => w).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(8)
            .Select(g => $"{g.Key}:{g.Count()}").ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, result.EnumerateArray().Select(c => $"{c.GetProperty("word").GetString()}:{c.GetProperty("rows").GetInt64()}").ToList());
    }
}
