using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Zeno.Cli.Output;
using Zeno.Core.Query.Tests;
using Zeno.Core.State;

namespace Zeno.Cli.Commands;

/// <summary>
/// <c>zeno test</c>: the CI gate over every behavioral test — zeno.toml's and those saved in reports from the UI.
/// Exit 0 when every test passes, 1 when one fails, 2 on an error (including a test that could not be evaluated).
/// </summary>
internal sealed class TestCommand : AsyncCommand<TestCommand.Settings>
{
    internal sealed class Settings : ProjectSettings
    {
        [CommandOption("--junit <FILE>")]
        [Description("Also write the outcomes as JUnit XML for CI systems (one testcase per test and model).")]
        public string? JUnit { get; init; }

        [CommandOption("--markdown <FILE>")]
        [Description("Also write a Markdown summary for a pull-request comment: counts, ✅/❌ per test and model, failing tests first.")]
        public string? Markdown { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        var (project, pipeline) = await ProjectSession.OpenAndRunAsync(settings.Config, console, cancellationToken);
        using (project)
        {
            // Reports saved from the UI live in the project's store; their tests gate CI like those of zeno.toml.
            var tests = new StateService(project.Store, project.Config).TestCases();
            var outcomes = console.Status().Start("Evaluating tests...", _ => project.RunTests(tests));
            ReportTables.PrintTests(outcomes, console);
            if (settings.JUnit is not null)
            {
                await using (var writer = new StreamWriter(settings.JUnit))
                    JUnitWriter.Write(writer, outcomes, project.Config.Name);
                console.MarkupLineInterpolated($"[grey]wrote {settings.JUnit}[/]");
            }
            if (settings.Markdown is not null)
            {
                await File.WriteAllTextAsync(settings.Markdown, TestMarkdown.Write(outcomes, project.Models, project.Config.Name), cancellationToken);
                console.MarkupLineInterpolated($"[grey]wrote {settings.Markdown}[/]");
            }
            // Tests computed over rows that a function failed on are not trustworthy: that is an error, not a verdict.
            if (pipeline.Failed.Any())
            {
                console.MarkupLine("[red]error[/]: functions failed on some rows (see above), so the test results are incomplete.");
                return ExitCodes.Error;
            }
            var counts = TestCounts.Of(outcomes);
            if (counts.Errors > 0)
            {
                console.MarkupLine("[red]error[/]: some tests could not be evaluated (see above); fix or remove them.");
                return ExitCodes.Error;
            }
            return counts.Failed > 0 ? ExitCodes.TestsFailed : ExitCodes.Ok;
        }
    }
}
