using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Zeno.Server.Tests;

public sealed class StateEndpointTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Body)> Send(ServerProject server, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Slices_are_created_listed_beside_config_slices_and_updated_with_their_version()
    {
        await using var server = await ServerProject.StartAsync();
        var (status, created) = await Send(server, HttpMethod.Post, "/api/slices", new { name = "kind a", filter = "kind == \"a\"" });
        Assert.Equal(HttpStatusCode.Created, status);
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal("comparison", created.GetProperty("predicate").GetProperty("kind").GetString());

        var list = await server.GetJson("/api/slices");
        var names = list.EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("readOnly").GetBoolean());
        Assert.True(names["short"]);
        Assert.False(names["kind a"]);

        var (updated, body) = await Send(server, HttpMethod.Put, $"/api/slices/{id}", new { name = "kind a (renamed)", filter = "kind == \"a\"", version = created.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, updated);
        Assert.Equal(created.GetProperty("version").GetInt64() + 1, body.GetProperty("version").GetInt64());

        // A second tab still holding the first version is refused, and told what the slice is now.
        var (stale, problem) = await Send(server, HttpMethod.Put, $"/api/slices/{id}", new { name = "other", filter = "kind == \"b\"", version = created.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.Conflict, stale);
        Assert.Equal("kind a (renamed)", problem.GetProperty("current").GetProperty("name").GetString());

        // The saved slice works in queries by its id.
        var metric = await server.PostJson("/api/metrics", new { keys = new[] { new { metric = "count", where = new { slices = new[] { id } } } } });
        Assert.Equal(ServerProject.Rows.Count(r => r.Kind == "a"), metric[0].GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task Invalid_slices_are_refused_with_the_reason()
    {
        await using var server = await ServerProject.StartAsync();
        var (unknown, problem) = await Send(server, HttpMethod.Post, "/api/slices", new { name = "x", filter = "knid == \"a\"" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown);
        Assert.Contains("'kind'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await Send(server, HttpMethod.Post, "/api/slices", new { name = "x", filter = "kind = 1" })).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await Send(server, HttpMethod.Post, "/api/slices", new { name = "short", filter = "words < 2" })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(server, HttpMethod.Put, "/api/slices/config:short", new { name = "short", filter = "words < 2", version = 0 })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Send(server, HttpMethod.Put, "/api/slices/s_1", new { name = "no version", filter = "words < 2" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(server, HttpMethod.Delete, "/api/slices/s_999?version=1")).Status);
    }

    [Fact]
    public async Task Reports_hold_slices_and_tests_that_the_test_results_evaluate()
    {
        await using var server = await ServerProject.StartAsync();
        var (_, slice) = await Send(server, HttpMethod.Post, "/api/slices", new { name = "kind b", filter = "kind == \"b\"" });
        var sliceId = slice.GetProperty("id").GetString()!;
        var (status, report) = await Send(server, HttpMethod.Post, "/api/reports", new
        {
            name = "weekly",
            sliceIds = new[] { sliceId, "config:short" },
            metrics = new[] { "accuracy" },
            models = "all",
            tests = new[] { new { sliceId, metric = "accuracy", expect = ">= 99%" } },
        });
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(["kind b", "short"], report.GetProperty("slices").EnumerateArray().Select(s => s.GetProperty("name").GetString()));

        var results = (await server.GetJson("/api/tests")).EnumerateArray().Where(r => r.GetProperty("source").GetString() == report.GetProperty("id").GetString()).ToList();
        Assert.Equal(["old", "new"], results.Select(r => r.GetProperty("model").GetString()));
        var expected = ServerProject.Rows.Where(r => r.Kind == "b").ToList();
        Assert.Equal(expected.Count(r => r.Old == r.Label) / (double)expected.Count, results[0].GetProperty("value").GetDouble(), 12);
        Assert.All(results, r => Assert.False(r.GetProperty("passed").GetBoolean()));

        // The slice is in use: deleting it needs force, which also drops it from the report.
        var (conflict, problem) = await Send(server, HttpMethod.Delete, $"/api/slices/{sliceId}?version=1");
        Assert.Equal(HttpStatusCode.Conflict, conflict);
        Assert.Equal("weekly", problem.GetProperty("usedBy")[0].GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Send(server, HttpMethod.Delete, $"/api/slices/{sliceId}?version=1&force=true")).Status);
        var after = await server.GetJson($"/api/reports/{report.GetProperty("id").GetString()}");
        Assert.Equal(["short"], after.GetProperty("slices").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Folders_tags_and_charts_round_trip_and_tags_filter_queries()
    {
        await using var server = await ServerProject.StartAsync();
        var (_, folder) = await Send(server, HttpMethod.Post, "/api/folders", new { name = "mine" });
        var (_, tag) = await Send(server, HttpMethod.Post, "/api/tags", new { name = "checked", instanceIds = new[] { "r00", "r01", "r02" }, folderId = folder.GetProperty("id").GetString() });
        var count = await server.PostJson("/api/metrics", new { keys = new[] { new { metric = "count", where = new { tags = new[] { tag.GetProperty("id").GetString() } } } } });
        Assert.Equal(3, count[0].GetProperty("value").GetDouble());

        var (_, report) = await Send(server, HttpMethod.Post, "/api/reports", new { name = "charts", sliceIds = new[] { "config:short" }, metrics = new[] { "accuracy" } });
        var reportId = report.GetProperty("id").GetString();
        var (chartStatus, chart) = await Send(server, HttpMethod.Post, $"/api/reports/{reportId}/charts", new { name = "by model", type = "bar", encoding = new { x = "models", color = "slices" } });
        Assert.Equal(HttpStatusCode.Created, chartStatus);
        Assert.Equal("bar", chart.GetProperty("type").GetString());
        Assert.Equal("models", chart.GetProperty("encoding").GetProperty("x").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await Send(server, HttpMethod.Delete, $"/api/folders/{folder.GetProperty("id").GetString()}?version=1")).Status);
        var tags = await server.GetJson("/api/tags");
        Assert.Equal(JsonValueKind.Null, tags[0].GetProperty("folderId").ValueKind);
    }

    [Fact]
    public async Task Export_writes_ui_slices_as_zeno_toml()
    {
        await using var server = await ServerProject.StartAsync();
        await Send(server, HttpMethod.Post, "/api/slices", new { name = "long reviews", filter = "words >= 5 and output != label" });
        using var response = await server.Client.GetAsync("/api/export");
        var toml = await response.Content.ReadAsStringAsync();
        Assert.Contains("[[slices]]", toml, StringComparison.Ordinal);
        Assert.Contains("name = \"long reviews\"", toml, StringComparison.Ordinal);
        Assert.Contains("filter = 'words >= 5 and output != label'", toml, StringComparison.Ordinal);
    }
}
