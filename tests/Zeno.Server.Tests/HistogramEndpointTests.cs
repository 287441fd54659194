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
    public async Task A_brush_index_gives_every_other_chart_under_any_brushed_bar_and_the_index_reports_its_memory()
    {
        await using var server = await ServerProject.StartAsync();
        var columns = new[] { "words", "kind", "label" };
        var words = Chart(await server.PostJson("/api/histograms", new { columns }), "words").GetProperty("buckets").EnumerateArray().ToList();
        var index = await server.PostJson("/api/histograms/brush-index", new
        {
            active = "words",
            columns,
            metric = "accuracy",
            // The brushed chart's own clause is what the brush replaces.
            selections = new[] { new { source = "words", filter = "words == 1" }, new { source = "kind", filter = "kind == \"b\"" } },
        });
        Assert.Equal("matches", index.GetProperty("metricKind").GetString());
        Assert.Equal(words.Select(b => b.GetProperty("label").GetString()), index.GetProperty("activeBuckets").EnumerateArray().Select(b => b.GetString()));
        for (var a = 0; a < words.Count; a++)
        {
            var expected = await server.PostJson("/api/histograms", new
            {
                columns,
                metric = "accuracy",
                selections = new[] { new { source = "words", filter = words[a].GetProperty("filter").GetString()! }, new { source = "kind", filter = "kind == \"b\"" } },
            });
            Assert.Equal(expected.GetProperty("filtered").GetInt64(), index.GetProperty("selection").GetProperty("rows")[a].GetInt64());
            foreach (var chart in index.GetProperty("charts").EnumerateArray())
            {
                var buckets = Chart(expected, chart.GetProperty("column").GetString()!).GetProperty("buckets").EnumerateArray().ToList();
                var width = buckets.Count;
                var cells = chart.GetProperty("cells");
                for (var p = 0; p < width; p++)
                {
                    var rows = cells.GetProperty("rows")[a * width + p].GetInt64();
                    Assert.Equal(buckets[p].GetProperty("filtered").GetInt64(), rows);
                    if (rows > 0)
                        Assert.Equal(buckets[p].GetProperty("metric").GetDouble(), cells.GetProperty("correct")[a * width + p].GetInt64() / (double)rows, 12);
                }
            }
        }
        var stats = await server.GetJson("/api/histograms/index");
        Assert.True(stats.GetProperty("bytes").GetInt64() > 0);
        Assert.True(stats.GetProperty("budget").GetInt64() >= stats.GetProperty("bytes").GetInt64());
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
