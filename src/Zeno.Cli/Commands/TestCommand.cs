using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Zeno.Cli.Output;
using Zeno.Core.Query.Tests;

namespace Zeno.Cli.Commands;

/// <summary><c>zeno test</c>: the CI gate. Exit 0 when every behavioral test passes, 1 when one fails, 2 on an error.</summary>
internal sealed class TestCommand : AsyncCommand<TestCommand.Settings>
{
    internal sealed class Settings : ProjectSettings
    {
        [CommandOption("--junit <FILE>")]
        [Description("Also write the outcomes as JUnit XML for CI systems.")]
        public string? JUnit { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        var (project, pipeline) = await ProjectSession.OpenAndRunAsync(settings.Config, console, cancellationToken);
        using (project)
        {
            var report = console.Status().Start("Evaluating tests...", _ => project.Evaluate());
            ReportTables.PrintTests(report.Tests, console);
            if (settings.JUnit is not null)
            {
                await using (var writer = new StreamWriter(settings.JUnit))
                    JUnitWriter.Write(writer, report.Tests, project.Config.Name);
                console.MarkupLineInterpolated($"[grey]wrote {settings.JUnit}[/]");
            }
            // Tests computed over rows that a function failed on are not trustworthy: that is an error, not a verdict.
            if (pipeline.Failed.Any())
            {
                console.MarkupLine("[red]error[/]: functions failed on some rows (see above), so the test results are incomplete.");
                return ExitCodes.Error;
            }
            return report.AllTestsPassed ? ExitCodes.Ok : ExitCodes.TestsFailed;
        }
    }
}
