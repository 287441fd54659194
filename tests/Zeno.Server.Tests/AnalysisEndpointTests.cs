using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Zeno.Server.Tests;

/// <summary>The Analysis page's table and report summaries, checked against /api/metrics and hand counts on the rows.</summary>
public sealed class AnalysisEndpointTests
{
    private static readonly (string Id, string Text, string Label, string Old, string New, string Kind)[] Rows = ServerProject.Rows;

    private static int Words((string Id, string Text, string Label, string Old, string New, string Kind) row) => row.Text.Split(' ').Length;

    /// <summary>A saved slice and a report with two tests on it: accuracy on "short" ≥ 60% (for both models) and on "kind b" ≥ 50%.</summary>
    internal static async Task<(string ReportId, string SliceId)> SaveReport(ServerProject server)
    {
        var slice = await server.PostJson("/api/slices", new { name = "kind b", filter = "kind == \"b\"" });
        var sliceId = slice.GetProperty("id").GetString()!;
        var report = await server.PostJson("/api/reports", new
        {
            name = "Short reviews / Q3",
            sliceIds = new[] { "all", "config:short", sliceId },
            metrics = new[] { "accuracy", "count" },
            models = "all",
            tests = new object[]
            {
                new { sliceId = "config:short", metric = "accuracy", expect = ">= 60%" },
                new { sliceId, metric = "accuracy", expect = ">= 50%" },
            },
        });
        var reportId = report.GetProperty("id").GetString()!;
        await server.PostJson($"/api/reports/{reportId}/charts", new { name = "Accuracy by slice", type = "bar", encoding = new { x = "slices", color = "models" } });
        return (reportId, sliceId);
    }

    [Fact]
    public async Task The_table_has_a_row_per_slice_whose_values_equal_the_metrics_endpoint()
    {
        await using var server = await ServerProject.StartAsync();
        var (_, sliceId) = await SaveReport(server);

        var table = await server.PostJson("/api/analysis/table", new { metric = "accuracy" });

        Assert.Equal(["old", "new"], table.GetProperty("models").EnumerateArray().Select(m => m.GetString()));
        var rows = table.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["All instances", "short", "kind b"], rows.Select(r => r.GetProperty("name").GetString()));
        Assert.Equal("words < 4", rows[1].GetProperty("filter").GetString());
        (string Slice, string Model)[] keys = [("all", "old"), ("all", "new"), ("config:short", "old"), ("config:short", "new"), (sliceId, "old"), (sliceId, "new")];
        var oracle = await server.PostJson("/api/metrics", new { keys = keys.Select(k => new { metric = "accuracy", model = k.Model, where = new { slices = new[] { k.Slice } } }) });
        for (var i = 0; i < keys.Length; i++)
        {
            var cell = rows[i / 2].GetProperty("cells")[i % 2];
            Assert.Equal(keys[i].Model, cell.GetProperty("model").GetString());
            Assert.Equal(oracle[i].GetProperty("value").GetDouble(), cell.GetProperty("values").GetProperty("accuracy").GetDouble(), 12);
            Assert.Equal(oracle[i].GetProperty("size").GetInt64(), cell.GetProperty("size").GetInt64());
        }
        Assert.Equal(Rows.Count(r => Words(r) < 4), rows[1].GetProperty("cells")[0].GetProperty("size").GetInt64());
        var trend = rows[0].GetProperty("trends")[0];
        Assert.Equal("accuracy", trend.GetProperty("metric").GetString());
        Assert.Contains("2 models are too few", trend.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, trend.GetProperty("markers").GetArrayLength());
    }

    [Fact]
    public async Task Named_slices_come_in_the_order_asked_and_a_wrong_metric_or_slice_is_a_404_naming_it()
    {
        await using var server = await ServerProject.StartAsync();

        var table = await server.PostJson("/api/analysis/table", new { metric = "count", slices = new[] { "config:short", "all" } });
        Assert.Equal(["short", "All instances"], table.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(40, table.GetProperty("rows")[1].GetProperty("cells")[1].GetProperty("values").GetProperty("count").GetDouble());

        using var metric = await server.Client.PostAsJsonAsync("/api/analysis/table", new { metric = "acuracy" });
        Assert.Equal(HttpStatusCode.NotFound, metric.StatusCode);
        Assert.Contains("did you mean 'accuracy'?", await Detail(metric), StringComparison.Ordinal);
        using var slice = await server.Client.PostAsJsonAsync("/api/analysis/table", new { metric = "accuracy", slices = new[] { "s_404" } });
        Assert.Equal(HttpStatusCode.NotFound, slice.StatusCode);
    }

    internal static async Task<string> Detail(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;

    [Fact]
    public async Task A_reports_summary_counts_its_failing_tests_for_the_latest_model()
    {
        await using var server = await ServerProject.StartAsync();
        var (reportId, _) = await SaveReport(server);

        var summary = await server.GetJson($"/api/reports/{reportId}/summary");

        // Hand-checked on the rows: "short" (1–3 words) and "kind b", for the old and the new model.
        bool Meets(IEnumerable<(string Id, string Text, string Label, string Old, string New, string Kind)> rows, bool newModel, double bound)
        {
            var list = rows.ToList();
            return list.Count(r => (newModel ? r.New : r.Old) == r.Label) / (double)list.Count >= bound;
        }
        var shortRows = Rows.Where(r => Words(r) < 4);
        var kindB = Rows.Where(r => r.Kind == "b");
        bool[] passes = [Meets(shortRows, false, 0.6), Meets(shortRows, true, 0.6), Meets(kindB, false, 0.5), Meets(kindB, true, 0.5)];
        var counts = summary.GetProperty("counts");
        Assert.Equal("new", summary.GetProperty("latestModel").GetString());
        Assert.Equal(2, counts.GetProperty("tests").GetInt32());
        Assert.Equal(4, counts.GetProperty("checks").GetInt32());
        Assert.Equal(passes.Count(p => p), counts.GetProperty("passed").GetInt32());
        Assert.Equal((passes[1] ? 0 : 1) + (passes[3] ? 0 : 1), counts.GetProperty("failingLatest").GetInt32());
        var summaries = await server.GetJson("/api/reports/summaries");
        Assert.Equal(counts.GetProperty("failingLatest").GetInt32(), summaries[0].GetProperty("counts").GetProperty("failingLatest").GetInt32());
    }

    [Fact]
    public async Task Report_tests_are_listed_by_the_tests_endpoint_with_their_report_as_source()
    {
        await using var server = await ServerProject.StartAsync();
        var (reportId, _) = await SaveReport(server);

        var tests = (await server.GetJson("/api/tests")).EnumerateArray().ToList();

        Assert.Equal(1 + 2 * 2, tests.Count);
        Assert.Equal("config", tests[0].GetProperty("source").GetString());
        Assert.All(tests.Skip(1), t => Assert.Equal(reportId, t.GetProperty("source").GetString()));
        var summary = await server.GetJson($"/api/reports/{reportId}/summary");
        var fromSummary = summary.GetProperty("tests").EnumerateArray().SelectMany(t => t.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("passed").GetBoolean()));
        Assert.Equal(fromSummary, tests.Skip(1).Select(t => t.GetProperty("passed").GetBoolean()));
    }
}
