using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;
using Spectre.Console;
using Spectre.Console.Cli;
using Zeno.Core.Config;
using Zeno.Core.Project;
using Zeno.Server.Hosting;

namespace Zeno.Cli.Commands;

/// <summary>
/// <c>zeno serve</c>: opens the project, starts the HTTP API (and UI) at once and computes missing columns in the
/// background. Ctrl-C stops cleanly: committed partitions and saved state are kept.
/// </summary>
internal sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    internal sealed class Settings : ProjectSettings
    {
        [CommandOption("--port <PORT>")]
        [Description("Port to listen on (default: port in zeno.toml, else 8231; 0 picks a free one).")]
        public int? Port { get; init; }

        [CommandOption("--host <HOST>")]
        [Description("Interface to bind (default 127.0.0.1). 0.0.0.0 exposes the server to the network: a token is then required.")]
        public string? Host { get; init; }

        [CommandOption("--token <TOKEN>")]
        [Description("Require this token on every request (also read from ZENO_TOKEN). Generated when --host is not loopback.")]
        public string? Token { get; init; }

        [CommandOption("--read-only")]
        [Description("Refuse every change (slices, reports, tags) with 403: for sharing results.")]
        public bool ReadOnly { get; init; }

        [CommandOption("--open")]
        [Description("Open the URL in the default browser.")]
        public bool Open { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        var config = ConfigLoader.Load(settings.Config);
        using var project = console.Status().Start($"Opening {config.Name}...", _ => ZenoProject.Open(config));
        foreach (var warning in project.Warnings)
            console.MarkupLineInterpolated($"[yellow]warning[/]: {warning}");
        await ServeAsync(project, ServerOptions(settings, config), settings.Open, console, cancellationToken);
        return ExitCodes.Ok;
    }

    internal static ZenoServerOptions ServerOptions(Settings settings, ZenoConfig config)
    {
        var host = settings.Host ?? config.Host;
        var token = settings.Token ?? Environment.GetEnvironmentVariable("ZENO_TOKEN");
        // Anyone on the network could read the data otherwise: exposing the server without a token makes one.
        if (token is null && !IsLoopback(host))
            token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return new ZenoServerOptions { Host = host, Port = settings.Port ?? config.Port, Token = token, ReadOnly = settings.ReadOnly };
    }

    /// <summary>Runs the server until Ctrl-C, printing the URL (with the token, when there is one).</summary>
    internal static async Task ServeAsync(ZenoProject project, ZenoServerOptions options, bool open, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var status = new PipelineStatus();
        var progress = new Output.ServeProgress(console, status);
        await using var app = ZenoServer.Build(project, options, status);
        await app.StartAsync(cancellationToken);
        var address = app.Urls.First();
        var url = options.Token is null ? address : $"{address}/?token={options.Token}";
        console.MarkupLineInterpolated($"Zeno is serving [bold]{project.Config.Name}[/] at [link={url}]{url}[/]{(options.ReadOnly ? " (read-only)" : "")}");
        console.MarkupLine("[grey]Press Ctrl-C to stop; computed columns and saved slices are kept.[/]");
        if (open)
            TryOpen(url);
        // Ctrl-C cancels the command's token; SIGTERM (a service manager, `timeout`) stops the host itself.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
        try
        {
            await progress.FollowAsync(stopping.Token);
            await Task.Delay(Timeout.Infinite, stopping.Token);
        }
        catch (OperationCanceledException)
        {
        }
        console.MarkupLine("Stopping...");
        await app.StopAsync(CancellationToken.None);
    }

    private static bool IsLoopback(string host) =>
        host is "localhost" || (System.Net.IPAddress.TryParse(host, out var address) && System.Net.IPAddress.IsLoopback(address));

    private static void TryOpen(string url)
    {
        try
        {
            Process.Start(new ProcessStartInfo(url) { UseShellExecute = true });
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            // No browser on this machine (a server, CI): the printed URL is enough.
        }
    }
}
