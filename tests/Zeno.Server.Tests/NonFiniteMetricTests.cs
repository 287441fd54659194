using System.Net.Http.Json;
using System.Text.Json;
using Zeno.Core.Config;
using Zeno.Core.Project;
using Zeno.Server.Hosting;
using Zeno.Tests.Support;

namespace Zeno.Server.Tests;

/// <summary>
/// A mean over a column holding NaN and ±∞ reaches the client as the mean of its finite values — through
/// /api/metrics, /api/trends, /api/histograms and /api/analysis/table — and a slice with no finite value as null,
/// never as a number JSON cannot carry.
/// </summary>
public sealed class NonFiniteMetricTests
{
    private static readonly (string Id, string Label, string Guess, double? Stars, string Kind)[] Rows =
    [
        ("r0", "pos", "pos", 1, "a"),
        ("r1", "neg", "pos", double.NaN, "a"),
        ("r2", "pos", "pos", 4, "a"),
        ("r3", "neg", "neg", double.PositiveInfinity, "b"),
        ("r4", "pos", "neg", null, "b"),
        ("r5", "neg", "neg", double.NegativeInfinity, "c"),
        ("r6", "pos", "pos", 2.5, "a"),
        ("r7", "neg", "neg", double.NaN, "c"),
    ];

    private const string Config = """
        data = "data.csv"
        id_column = "id"
        label_column = "label"

        [[models]]
        name = "only"
        output_column = "guess"

        [[metrics]]
        name = "stars"
        type = "mean"
        column = "stars"

        [[slices]]
        name = "c"
        filter = 'kind == "c"'
        """;

    [Fact]
    public async Task A_mean_over_NaN_and_infinite_values_is_the_mean_of_the_finite_ones_on_every_endpoint()
    {
        await using var server = await Server.StartAsync();
        var finiteMean = (1 + 4 + 2.5) / 3;

        var metrics = await server.PostJson("/api/metrics", new
        {
            keys = new object[]
            {
                new { metric = "stars" },
                new { metric = "stars", where = new { filter = "kind == \"a\"" } },
                new { metric = "stars", where = new { filter = "kind == \"c\"" } },
            },
        });
        Assert.Equal(finiteMean, metrics[0].GetProperty("value").GetDouble(), 12);
        Assert.Equal((1 + 4 + 2.5) / 3, metrics[1].GetProperty("value").GetDouble(), 12);
        // Only NaN and −∞: no finite value, so no mean — but the slice still has its rows.
        Assert.Equal(JsonValueKind.Null, metrics[2].GetProperty("value").ValueKind);
        Assert.Equal(2, metrics[2].GetProperty("size").GetInt64());

        var trends = await server.PostJson("/api/trends", new { slices = new object[] { new { }, new { slices = new[] { "c" } } }, metric = "stars" });
        Assert.Equal(finiteMean, trends[0].GetProperty("statistics").GetProperty("values")[0].GetDouble(), 12);
        Assert.Equal(JsonValueKind.Null, trends[1].GetProperty("statistics").GetProperty("values")[0].ValueKind);

        var histograms = await server.PostJson("/api/histograms", new { columns = new[] { "kind", "stars" }, metric = "stars" });
        var kinds = histograms.GetProperty("charts").EnumerateArray().Single(c => c.GetProperty("column").GetString() == "kind");
        var byLabel = kinds.GetProperty("buckets").EnumerateArray().ToDictionary(b => b.GetProperty("label").GetString()!, b => b.GetProperty("metric"));
        Assert.Equal(finiteMean, byLabel["a"].GetDouble(), 12);
        Assert.Equal(JsonValueKind.Null, byLabel["c"].ValueKind);

        // The slice table serialises too (PostJson asserts a success).
        await server.PostJson("/api/analysis/table", new { metric = "stars" });
    }

    private sealed class Server : IAsyncDisposable
    {
        private readonly TempProject _folder;
        private readonly ZenoProject _project;
        private readonly Microsoft.AspNetCore.Builder.WebApplication _app;
        private readonly HttpClient _client;

        private Server(TempProject folder, ZenoProject project, Microsoft.AspNetCore.Builder.WebApplication app, HttpClient client) =>
            (_folder, _project, _app, _client) = (folder, project, app, client);

        public static async Task<Server> StartAsync()
        {
            var folder = new TempProject();
            folder.WriteCsv("data.csv", ["id", "label", "guess", "stars", "kind"], Rows.Select(r => new object?[] { r.Id, r.Label, r.Guess, r.Stars, r.Kind }));
            folder.Write("zeno.toml", Config);
            var project = ZenoProject.Open(ConfigLoader.Load(folder.ConfigPath));
            await project.RunPipelineAsync();
            var app = ZenoServer.Build(project, new ZenoServerOptions { Port = 0, RunPipeline = false });
            await app.StartAsync();
            return new Server(folder, project, app, new HttpClient { BaseAddress = new Uri(app.Urls.First()) });
        }

        public async Task<JsonElement> PostJson(string path, object body)
        {
            using var response = await _client.PostAsJsonAsync(path, body);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
            return JsonDocument.Parse(text).RootElement.Clone();
        }

        public async ValueTask DisposeAsync()
        {
            _client.Dispose();
            await _app.StopAsync();
            await _app.DisposeAsync();
            _project.Dispose();
            _folder.Dispose();
        }
    }
}
