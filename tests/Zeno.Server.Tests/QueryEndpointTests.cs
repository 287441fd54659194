using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zeno.Server.Hosting;

namespace Zeno.Server.Tests;

public sealed class QueryEndpointTests
{
    private static double Accuracy(IEnumerable<(string Id, string Text, string Label, string Old, string New, string Kind)> rows, Func<(string Id, string Text, string Label, string Old, string New, string Kind), string> output)
    {
        var list = rows.ToList();
        return list.Count(r => output(r) == r.Label) / (double)list.Count;
    }

    [Fact]
    public async Task Settings_describe_the_project_columns_models_and_metrics()
    {
        await using var server = await ServerProject.StartAsync();
        var settings = await server.GetJson("/api/settings");
        Assert.Equal("reviews", settings.GetProperty("name").GetString());
        Assert.Equal(["old", "new"], settings.GetProperty("models").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(40, settings.GetProperty("rows").GetInt64());
        var columns = settings.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal("nominal", columns["kind"].GetProperty("type").GetString());
        Assert.Equal("distill", columns["words"].GetProperty("origin").GetString());
        Assert.True(columns["output"].GetProperty("modelDependent").GetBoolean());
        Assert.Equal("accuracy", settings.GetProperty("metrics")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Metrics_for_a_batch_of_keys_match_hand_computed_values()
    {
        await using var server = await ServerProject.StartAsync();
        var results = await server.PostJson("/api/metrics", new
        {
            keys = new object[]
            {
                new { metric = "accuracy" },
                new { metric = "accuracy", model = "old" },
                new { metric = "accuracy", model = "old", where = new { filter = "kind == \"a\"" } },
                new { metric = "count", where = new { slices = new[] { "short" } } },
                new { metric = "accuracy", where = new { filter = "kind == \"zzz\"" } },
            },
        });
        var rows = ServerProject.Rows;
        Assert.Equal(Accuracy(rows, r => r.New), results[0].GetProperty("value").GetDouble(), 12);
        Assert.Equal(Accuracy(rows, r => r.Old), results[1].GetProperty("value").GetDouble(), 12);
        Assert.Equal(Accuracy(rows.Where(r => r.Kind == "a"), r => r.Old), results[2].GetProperty("value").GetDouble(), 12);
        Assert.Equal(rows.Count(r => r.Text.Split(' ').Length < 4), results[3].GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, results[4].GetProperty("value").ValueKind);
        Assert.Equal(0, results[4].GetProperty("size").GetInt64());
    }

    [Fact]
    public async Task A_filter_parses_to_a_tree_and_the_tree_formats_back_to_the_same_text()
    {
        await using var server = await ServerProject.StartAsync();
        var parsed = await server.PostJson("/api/filters/parse", new { text = "kind == \"a\" and (words >= 3 or text ~ /wo+rd/i) and output != label" });
        Assert.Equal(["kind", "words", "text", "output", "label"], parsed.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var formatted = await server.PostJson("/api/filters/format", new { tree = parsed.GetProperty("tree") });
        Assert.Equal(parsed.GetProperty("text").GetString(), formatted.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Config_tests_are_evaluated_for_the_latest_model()
    {
        await using var server = await ServerProject.StartAsync();
        var result = Assert.Single((await server.GetJson("/api/tests")).EnumerateArray());
        Assert.Equal("new", result.GetProperty("model").GetString());
        Assert.Equal(Accuracy(ServerProject.Rows, r => r.New), result.GetProperty("value").GetDouble(), 12);
        Assert.True(result.GetProperty("passed").GetBoolean());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_endpoints()
    {
        await using var server = await ServerProject.StartAsync();
        var document = await server.GetJson("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/settings", paths);
        Assert.Contains("/api/metrics", paths);
        Assert.Contains("/api/filters/parse", paths);
    }

    [Fact]
    public async Task Progress_streams_the_background_pipeline_until_it_is_done()
    {
        await using var server = await ServerProject.StartAsync(runPipelineFirst: false);
        using var stream = await server.Client.GetStreamAsync("/api/progress/stream");
        using var reader = new StreamReader(stream);
        string? last = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
                last = line[6..];
            if (last is not null && last.Contains("\"state\":\"done\"", StringComparison.Ordinal))
                break;
        }
        Assert.NotNull(last);
        var snapshot = JsonDocument.Parse(last!).RootElement;
        Assert.Equal("done", snapshot.GetProperty("state").GetString());
        Assert.All(snapshot.GetProperty("steps").EnumerateArray(), step => Assert.Equal(step.GetProperty("total").GetInt32(), step.GetProperty("done").GetInt32()));
        // Once the pipeline is done, the distill is queryable.
        var count = await server.PostJson("/api/metrics", new { keys = new[] { new { metric = "count", where = new { filter = "words >= 1" } } } });
        Assert.Equal(40, count[0].GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task While_the_pipeline_runs_a_key_on_a_column_not_written_yet_waits_and_the_rest_of_the_batch_is_answered()
    {
        var status = new PipelineStatus();
        await using var server = await ServerProject.StartAsync(options => options with { RunPipeline = false }, status: status);
        var body = new { keys = new object[] { new { metric = "accuracy", where = new { filter = "not_yet > 2" } }, new { metric = "count" } } };
        var values = await server.PostJson("/api/metrics", body);
        Assert.Equal("not_yet", values[0].GetProperty("pending").GetString());
        Assert.Equal(JsonValueKind.Null, values[0].GetProperty("value").ValueKind);
        Assert.Equal(ServerProject.Rows.Length, values[1].GetProperty("size").GetInt64());

        // Once the pipeline has finished, a column that is still missing is the client's mistake.
        status.Finish(null);
        using var response = await server.Client.PostAsJsonAsync("/api/metrics", body);
        Assert.Equal(400, (int)response.StatusCode);
    }
}
