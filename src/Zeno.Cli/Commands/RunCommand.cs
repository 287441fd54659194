using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Zeno.Cli.Output;

namespace Zeno.Cli.Commands;

/// <summary><c>zeno run</c>: process the project (cached) and print every slice's size and metrics per model.</summary>
internal sealed class RunCommand : AsyncCommand<RunCommand.Settings>
{
    internal sealed class Settings : ProjectSettings
    {
        [CommandOption("--json <FILE>")]
        [Description("Also write the results as JSON: models, metrics, slices (sizes and metrics per model) and tests.")]
        public string? Json { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        var (project, _) = await ProjectSession.OpenAndRunAsync(settings.Config, console, cancellationToken);
        using (project)
        {
            var report = console.Status().Start("Computing metrics...", _ => project.Evaluate());
            ReportTables.PrintMetrics(report, console);
            ReportTables.PrintTransforms(report, console);
            if (report.Tests.Count > 0)
                ReportTables.PrintTests(report.Tests, console);
            if (settings.Json is not null)
            {
                await File.WriteAllTextAsync(settings.Json, ReportJson.Write(report), cancellationToken);
                console.MarkupLineInterpolated($"[grey]wrote {settings.Json}[/]");
            }
        }
        return ExitCodes.Ok;
    }
}
