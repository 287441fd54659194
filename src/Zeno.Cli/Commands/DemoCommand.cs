using System.ComponentModel;
using System.Reflection;
using Spectre.Console;
using Spectre.Console.Cli;
using Zeno.Cli.Output;

namespace Zeno.Cli.Commands;

/// <summary>
/// <c>zeno demo</c>: copies the built-in spam-filter project (real SpamAssassin emails, naive-Bayes models trained on
/// growing data) to a folder and runs it. The folder's cache is kept, so a second demo starts instantly.
/// </summary>
internal sealed class DemoCommand : AsyncCommand<DemoCommand.Settings>
{
    private const string Prefix = "demo/";

    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--dir <DIR>")]
        [Description("Where to put the demo project (default: ./zeno-demo).")]
        public string Dir { get; init; } = "zeno-demo";

        [CommandOption("--port <PORT>")]
        [Description("Port to serve the demo on (default 8231; 0 picks a free one).")]
        public int? Port { get; init; }

        [CommandOption("--no-serve")]
        [Description("Print the results and exit instead of serving the UI.")]
        public bool NoServe { get; init; }

        [CommandOption("-v|--verbose")]
        [Description("Show stack traces of errors.")]
        public bool Verbose { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        var folder = Path.GetFullPath(settings.Dir);
        var written = Extract(folder);
        console.MarkupLineInterpolated($"demo project: [bold]{folder}[/] ({written} files)");
        var (project, _) = await ProjectSession.OpenAndRunAsync(Path.Combine(folder, "zeno.toml"), console, cancellationToken);
        using (project)
        {
            var report = console.Status().Start("Computing metrics...", _ => project.Evaluate());
            ReportTables.PrintMetrics(report, console);
            ReportTables.PrintTransforms(report, console);
            ReportTables.PrintTests(report.Tests, console);
            console.MarkupLine("The failing test is the demo's finding: hard ham (legitimate newsletters and receipts) is misclassified far more often than easy ham.");
            console.MarkupLineInterpolated($"Next: edit {Path.Combine(folder, "zeno.toml")} or the functions in {Path.Combine(folder, "functions")}, and run [bold]zeno run {folder}[/] again: only what changed is recomputed.");
            if (!settings.NoServe)
            {
                var options = new Zeno.Server.Hosting.ZenoServerOptions { Port = settings.Port ?? project.Config.Port };
                await ServeCommand.ServeAsync(project, options, open: false, console, cancellationToken);
            }
        }
        return ExitCodes.Ok;
    }

    // Writes each embedded file unless an identical one is there, so the cache's file stamps stay valid.
    private static int Extract(string folder)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var count = 0;
        foreach (var name in assembly.GetManifestResourceNames().Where(name => name.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var target = Path.Combine(folder, name[Prefix.Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var resource = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            resource.CopyTo(buffer);
            var bytes = buffer.ToArray();
            if (!File.Exists(target) || !File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes))
                File.WriteAllBytes(target, bytes);
            count++;
        }
        return count;
    }
}
