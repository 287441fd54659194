using System.Net.Http.Json;
using System.Text.Json;
using Zeno.Core.Config;
using Zeno.Core.Project;
using Zeno.Server.Hosting;
using Zeno.Tests.Support;

namespace Zeno.Server.Tests;

/// <summary>
/// A real project served by a real Kestrel on a free loopback port: 40 reviews, two models whose outputs are data
/// columns, a distill, slices and a test in zeno.toml, and a data folder with files for the file endpoint.
/// </summary>
internal sealed class ServerProject : IAsyncDisposable
{
    public const string Config = """
        name = "reviews"
        data = "data.csv"
        id_column = "id"
        data_column = "text"
        label_column = "label"
        data_path = "files"
        functions = "functions"

        [[models]]
        name = "old"
        output_column = "old_guess"

        [[models]]
        name = "new"
        output_column = "new_guess"

        [[metrics]]
        name = "accuracy"
        type = "accuracy"

        [[metrics]]
        name = "count"
        type = "count"

        [[slices]]
        name = "short"
        filter = 'words < 4'

        [[tests]]
        name = "new is accurate"
        slice = "All instances"
        metric = "accuracy"
        expect = ">= 0.5"
        """;

    private readonly TempProject _folder;
    private ZenoProject _project;
    private Microsoft.AspNetCore.Builder.WebApplication _app;

    private ServerProject(ZenoProject project, Microsoft.AspNetCore.Builder.WebApplication app, TempProject folder, HttpClient client)
    {
        _project = project;
        _app = app;
        _folder = folder;
        Client = client;
    }

    public HttpClient Client { get; private set; }

    public TempProject Folder => _folder;

    public string BaseAddress => Client.BaseAddress!.ToString().TrimEnd('/');

    public static readonly (string Id, string Text, string Label, string Old, string New, string Kind)[] Rows =
        Enumerable.Range(0, 40).Select(i => (
            $"r{i:D2}",
            string.Join(" ", Enumerable.Repeat("word", 1 + i % 6)),
            i % 3 == 0 ? "pos" : "neg",
            i % 2 == 0 ? "pos" : "neg",
            i % 3 == 0 || i % 7 == 0 ? "pos" : "neg",
            i % 4 == 0 ? "a" : "b")).ToArray();

    /// <summary>Starts the project; <paramref name="view"/> adds a <c>view = "..."</c> line to its zeno.toml, <paramref name="status"/> stands for the pipeline's.</summary>
    public static async Task<ServerProject> StartAsync(Func<ZenoServerOptions, ZenoServerOptions>? configure = null, bool runPipelineFirst = true,
        string? view = null, PipelineStatus? status = null)
    {
        var folder = new TempProject();
        folder.WriteCsv("data.csv", ["id", "text", "label", "old_guess", "new_guess", "kind"],
            Rows.Select(r => new object?[] { r.Id, r.Text, r.Label, r.Old, r.New, r.Kind }));
        folder.Write("zeno.toml", view is null ? Config : Config.Replace("functions = \"functions\"\n", $"functions = \"functions\"\nview = \"{view}\"\n", StringComparison.Ordinal));
        folder.Write("views/stars.js", "export default { render(element, instance) { element.textContent = '★'; } };\n");
        folder.Write("functions/Words.cs", """
            public static class Words
            {
                [Distill("words")]
                public static DistillReturn Count(DataFrame batch, ZenoOptions options) =>
                    new(batch.Columns[options.DataColumn!].Cast<string>().Select(t => (long)t.Split(' ').Length).ToArray());
            }
            """);
        folder.Write("files/audio/clip.wav", new string('x', 1000));
        folder.Write("secret.txt", "not for the web");
        var project = ZenoProject.Open(ConfigLoader.Load(folder.ConfigPath));
        if (runPipelineFirst)
            await project.RunPipelineAsync();
        var options = new ZenoServerOptions { Port = 0, RunPipeline = !runPipelineFirst };
        options = configure?.Invoke(options) ?? options;
        var app = ZenoServer.Build(project, options, status);
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        return new ServerProject(project, app, folder, client);
    }

    /// <summary>Stops the server and starts a new one over the same folder, as `zeno serve` run again does.</summary>
    public async Task RestartAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _project.Dispose();
        _project = ZenoProject.Open(ConfigLoader.Load(_folder.ConfigPath));
        _app = ZenoServer.Build(_project, new ZenoServerOptions { Port = 0, RunPipeline = false });
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    public async Task<JsonElement> GetJson(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public async Task<JsonElement> PostJson(string path, object body)
    {
        using var response = await Client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _project.Dispose();
        _folder.Dispose();
    }
}
