using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Zeno.Server.Tests;

/// <summary>The state endpoints the other tests do not walk through: get, replace and delete of each kind.</summary>
public sealed class StateRoundTripTests
{
    private static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task Each_kind_can_be_read_replaced_and_deleted_by_id()
    {
        await using var server = await ServerProject.StartAsync();
        var client = server.Client;

        var folder = await Ok(await client.PostAsJsonAsync("/api/folders", new { name = "f" }), HttpStatusCode.Created);
        var folderId = folder.GetProperty("id").GetString();
        var renamed = await Ok(await client.PutAsJsonAsync($"/api/folders/{folderId}", new { name = "g", version = 1 }), HttpStatusCode.OK);
        Assert.Equal("g", renamed.GetProperty("name").GetString());

        var slice = await Ok(await client.PostAsJsonAsync("/api/slices", new { name = "s", predicate = new { kind = "isNull", column = "kind", negated = true }, folderId }), HttpStatusCode.Created);
        var sliceId = slice.GetProperty("id").GetString();
        Assert.Equal("kind != null", (await Ok(await client.GetAsync($"/api/slices/{sliceId}"), HttpStatusCode.OK)).GetProperty("filter").GetString());
        Assert.Equal("short", (await Ok(await client.GetAsync("/api/slices/config:short"), HttpStatusCode.OK)).GetProperty("name").GetString());

        var tag = await Ok(await client.PostAsJsonAsync("/api/tags", new { name = "t", instanceIds = new[] { "r01" } }), HttpStatusCode.Created);
        var tagId = tag.GetProperty("id").GetString();
        var retagged = await Ok(await client.PutAsJsonAsync($"/api/tags/{tagId}", new { name = "t", instanceIds = new[] { "r01", "r02" }, version = 1 }), HttpStatusCode.OK);
        Assert.Equal(2, retagged.GetProperty("instanceIds").GetArrayLength());
        Assert.Equal(2, (await Ok(await client.GetAsync($"/api/tags/{tagId}"), HttpStatusCode.OK)).GetProperty("instanceIds").GetArrayLength());
        await Ok(await client.DeleteAsync($"/api/tags/{tagId}?version=2"), HttpStatusCode.NoContent);

        var report = await Ok(await client.PostAsJsonAsync("/api/reports", new { name = "r", sliceIds = new[] { sliceId }, metrics = new[] { "accuracy" } }), HttpStatusCode.Created);
        var reportId = report.GetProperty("id").GetString();
        var replaced = await Ok(await client.PutAsJsonAsync($"/api/reports/{reportId}", new { name = "r2", sliceIds = new[] { sliceId }, metrics = new[] { "accuracy", "count" }, models = "list", modelNames = new[] { "old" }, version = 1 }), HttpStatusCode.OK);
        Assert.Equal(["old"], replaced.GetProperty("modelNames").EnumerateArray().Select(m => m.GetString()));
        Assert.Single((await Ok(await client.GetAsync("/api/reports"), HttpStatusCode.OK)).EnumerateArray());

        var chart = await Ok(await client.PostAsJsonAsync($"/api/reports/{reportId}/charts", new { name = "c", type = "heatmap", encoding = new { x = "slices", color = "metrics" } }), HttpStatusCode.Created);
        var chartId = chart.GetProperty("id").GetString();
        var line = await Ok(await client.PutAsJsonAsync($"/api/charts/{chartId}", new { name = "c", type = "line", encoding = new { x = "models" }, version = 1 }), HttpStatusCode.OK);
        Assert.Equal("line", line.GetProperty("type").GetString());
        Assert.Equal("c", (await Ok(await client.GetAsync($"/api/charts/{chartId}"), HttpStatusCode.OK)).GetProperty("name").GetString());
        Assert.Single((await Ok(await client.GetAsync($"/api/reports/{reportId}/charts"), HttpStatusCode.OK)).EnumerateArray());
        await Ok(await client.DeleteAsync($"/api/charts/{chartId}?version=2"), HttpStatusCode.NoContent);
        await Ok(await client.DeleteAsync($"/api/reports/{reportId}?version=2"), HttpStatusCode.NoContent);
        await Ok(await client.DeleteAsync($"/api/slices/{sliceId}?version=1"), HttpStatusCode.OK);
        Assert.Empty((await Ok(await client.GetAsync("/api/reports"), HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/slices/{sliceId}")).StatusCode);
    }
}
