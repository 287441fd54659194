using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Zeno.Tests.Support;

namespace Zeno.Cli.Tests.Commands;

/// <summary>`zeno serve` as a real process: the URL it prints, crash safety of saved state, clean Ctrl-C, export.</summary>
public sealed partial class ServeTests
{
    private static TempProject Project()
    {
        var project = new TempProject();
        project.WriteCsv("data.csv", ["id", "label", "guess", "kind"],
            Enumerable.Range(0, 30).Select(i => new object?[] { $"r{i}", i % 2 == 0 ? "a" : "b", i % 3 == 0 ? "a" : "b", i % 4 == 0 ? "x" : "y" }));
        project.Write("zeno.toml", """
            data = "data.csv"
            id_column = "id"
            label_column = "label"

            [[models]]
            name = "m"
            output_column = "guess"

            [[metrics]]
            name = "accuracy"
            type = "accuracy"
            """);
        return project;
    }

    /// <summary>Starts `zeno serve --port 0` and returns the process and the base URL it printed.</summary>
    private static (Process Process, Uri Url) Serve(TempProject project)
    {
        var process = ZenoProcess.Start(project.Root, "serve", "zeno.toml", "--port", "0");
        string? line;
        while ((line = process.StandardOutput.ReadLine()) is not null)
        {
            var match = UrlPattern().Match(line);
            if (match.Success)
                return (process, new Uri(match.Value));
        }
        throw new InvalidOperationException("zeno serve ended without printing its URL: " + process.StandardError.ReadToEnd());
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex UrlPattern();

    [Fact]
    public async Task Every_acknowledged_write_survives_a_killed_server()
    {
        using var project = Project();
        var acknowledged = new List<string>();
        var (server, url) = Serve(project);
        using (server)
        {
            using var client = new HttpClient { BaseAddress = url };
            // Writes go on while the server is killed; only those answered 201 count as acknowledged.
            var writer = Task.Run(async () =>
            {
                for (var i = 0; i < 400; i++)
                {
                    try
                    {
                        using var response = await client.PostAsJsonAsync("/api/slices", new { name = $"slice {i}", filter = $"kind == \"x\" or id == \"r{i % 30}\"" });
                        if (response.StatusCode != System.Net.HttpStatusCode.Created)
                            continue;
                        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
                        lock (acknowledged)
                            acknowledged.Add(id);
                    }
                    catch (HttpRequestException)
                    {
                        return;
                    }
                }
            });
            while (true)
            {
                lock (acknowledged)
                    if (acknowledged.Count >= 25)
                        break;
                await Task.Delay(10);
            }
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            await writer;
        }

        var (restarted, url2) = Serve(project);
        using (restarted)
        {
            using var client = new HttpClient { BaseAddress = url2 };
            var stored = (await client.GetFromJsonAsync<JsonElement>("/api/slices")).EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToHashSet();
            Assert.True(acknowledged.Count >= 25);
            Assert.All(acknowledged, id => Assert.Contains(id, stored));
            restarted.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task Sigterm_stops_the_server_too()
    {
        using var project = Project();
        var (server, _) = Serve(project);
        using (server)
        {
            using (var terminate = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await terminate.WaitForExitAsync();
            Assert.True(server.WaitForExit(TimeSpan.FromSeconds(30)), "the server did not stop on SIGTERM");
        }
    }

    [Fact]
    public async Task Ctrl_c_stops_the_server_cleanly_and_export_state_prints_the_saved_slices()
    {
        using var project = Project();
        var (server, url) = Serve(project);
        using (server)
        {
            using var client = new HttpClient { BaseAddress = url };
            using var created = await client.PostAsJsonAsync("/api/slices", new { name = "kind x", filter = "kind == \"x\"" });
            Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
            using (var interrupt = Process.Start("kill", ["-INT", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await interrupt.WaitForExitAsync();
            Assert.True(server.WaitForExit(TimeSpan.FromSeconds(30)), "the server did not stop on SIGINT");
            Assert.Equal(0, server.ExitCode);
        }
        var export = ZenoProcess.Run(project.Root, "export-state", "zeno.toml");
        Assert.True(export.ExitCode == 0, export.All);
        Assert.Contains("name = \"kind x\"", export.Output, StringComparison.Ordinal);
        Assert.Contains("filter = 'kind == \"x\"'", export.Output, StringComparison.Ordinal);
    }
}
