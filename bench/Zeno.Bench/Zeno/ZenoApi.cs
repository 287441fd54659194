using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zeno.Bench.Generate;
using Zeno.Bench.Workload;

namespace Zeno.Bench.Zeno;

/// <summary>
/// The requests the web UI sends (web/src/lib/api/endpoints.ts), with the bodies its components build: the metadata
/// panel's histograms, the selection bar's two metrics, the instance view's page, and the analysis table's trends.
/// </summary>
internal sealed class ZenoApi(string url) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(10) };

    public static string Model => Schema.Latest.Name;

    public async Task<JsonNode> GetAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        return await Read(path, response);
    }

    public async Task<JsonNode> PostAsync(string path, object body)
    {
        using var response = await _http.PostAsJsonAsync(path, body);
        return await Read(path, response);
    }

    /// <summary>The columns the UI charts: all but the id and the text columns (web/src/lib/state/column-groups.ts).</summary>
    public async Task<List<string>> ChartedColumnsAsync()
    {
        var settings = await GetAsync("/api/settings");
        var idColumn = (string)settings["idColumn"]!;
        return [.. settings["columns"]!.AsArray()
            .Where(c => (string)c!["name"]! != idColumn && (string)c["type"]! != "text")
            .Select(c => (string)c!["name"]!)];
    }

    /// <summary>The metadata panel: every charted column, each chart's own clause as a selection tagged with it.</summary>
    public Task<JsonNode> HistogramsAsync(IReadOnlyList<string> columns, IReadOnlyList<Clause> clauses, string? metric = null) =>
        PostAsync("/api/histograms", new
        {
            columns,
            where = new { },
            selections = clauses.Select(clause => new { source = clause.Source, filter = clause.ToZeno() }).ToList(),
            model = Model,
            transform = (string?)null,
            metric,
        });

    /// <summary>The selection bar: the metric of the selection and of all instances.</summary>
    public Task<JsonNode> SelectionMetricAsync(IReadOnlyList<Clause> clauses) =>
        PostAsync("/api/metrics", new
        {
            keys = new object[]
            {
                new { where = Where(clauses.Select(clause => clause.ToZeno())), model = Model, transform = (string?)null, metric = "accuracy" },
                new { where = (object?)null, model = Model, transform = (string?)null, metric = "accuracy" },
            },
        });

    /// <summary>The slice × model table: each slice's accuracy for every model, by slice name.</summary>
    public Task<JsonNode> TrendsAsync(IReadOnlyList<SliceSpec> slices) =>
        PostAsync("/api/trends", new { slices = slices.Select(slice => new { slices = new[] { slice.Name } }).ToList(), metric = "accuracy" });

    /// <summary>Whether the server has an endpoint (read from its OpenAPI document), for measures of features still to come.</summary>
    public async Task<bool> HasPathAsync(string path) => (await GetAsync("/openapi/v1.json"))["paths"]?[path] is not null;

    /// <summary>
    /// The brushing index the UI fetches when a brush starts on <paramref name="active"/>: every other chart's rows
    /// (and accuracy statistics) per (brushed bar, bar), under the other charts' clauses. Null when the server has no
    /// index for it (204).
    /// </summary>
    public async Task<string?> BrushIndexAsync(IReadOnlyList<string> columns, IReadOnlyList<Clause> clauses, string active)
    {
        using var response = await _http.PostAsJsonAsync("/api/histograms/brush-index", new
        {
            columns,
            where = new { },
            selections = clauses.Where(clause => clause.Source != active).Select(clause => new { source = clause.Source, filter = clause.ToZeno() }).ToList(),
            model = Model,
            transform = (string?)null,
            metric = "accuracy",
            active,
        });
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"/api/histograms/brush-index: {(int)response.StatusCode} {text}");
        return response.StatusCode == System.Net.HttpStatusCode.NoContent ? null : text;
    }

    /// <summary>The instance view's first page, sorted by a column.</summary>
    public Task<JsonNode> RowsAsync(RowsQuery query) =>
        PostAsync("/api/rows", new { where = Where([query.ToZeno()]), model = Model, sort = query.Sort, descending = query.Descending, offset = 0, limit = query.Limit });

    /// <summary>Waits until the background pipeline has nothing left to compute.</summary>
    public async Task WaitForPipelineAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var progress = await GetAsync("/api/progress");
            var state = (string?)progress["state"];
            if (state == "done")
                return;
            if (state == "failed")
                throw new InvalidOperationException($"the pipeline failed: {progress["error"]}");
            await Task.Delay(100);
        }
        throw new TimeoutException($"the pipeline did not finish in {timeout}");
    }

    private static object Where(IEnumerable<string> filters) => new { filter = string.Join(" and ", filters.Select(f => $"({f})")) };

    private static async Task<JsonNode> Read(string path, HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text) ?? throw new JsonException($"{path}: empty answer");
    }

    public void Dispose() => _http.Dispose();
}
