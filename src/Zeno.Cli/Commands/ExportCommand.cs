using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Zeno.Core.Errors;
using Zeno.Core.State;
using Zeno.Reports.Documents;
using Zeno.Reports.Snapshot;

namespace Zeno.Cli.Commands;

/// <summary>
/// <c>zeno export</c>: a report saved in the UI as a PDF, a self-contained HTML page and/or JSON, headless — the same
/// documents the UI downloads. Runs (or resumes) the pipeline first, like <c>zeno test</c>. Aggregates only.
/// </summary>
internal sealed class ExportCommand : AsyncCommand<ExportCommand.Settings>
{
    internal sealed class Settings : ProjectSettings
    {
        [CommandOption("--report <NAME>")]
        [Description("The report's name, as shown in the UI (or its id, e.g. r_4).")]
        public string? Report { get; init; }

        [CommandOption("--pdf <FILE>")]
        [Description("Write the report as PDF (A4): table with pass/fail, sparklines, tests, charts, slice definitions.")]
        public string? Pdf { get; init; }

        [CommandOption("--html <FILE>")]
        [Description("Write the report as one self-contained HTML file (inline CSS and SVG, prints on A4).")]
        public string? Html { get; init; }

        [CommandOption("--json <FILE>")]
        [Description("Write the report's snapshot as JSON (the fields are documented in the README).")]
        public string? Json { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Report))
                return ValidationResult.Error("name the report to export with --report NAME (zeno export CONFIG --report NAME --pdf FILE)");
            return Pdf is null && Html is null && Json is null
                ? ValidationResult.Error("say what to write: --pdf FILE, --html FILE and/or --json FILE")
                : ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        var (project, _) = await ProjectSession.OpenAndRunAsync(settings.Config, console, cancellationToken);
        using (project)
        {
            var state = new StateService(project.Store, project.Config);
            var report = Find(state.ListReports(), settings.Report!);
            using var builder = new ReportSnapshotBuilder(project.EvaluationContext(), state);
            var snapshot = console.Status().Start($"Building report '{report.Name}'...", _ => builder.Build(report.Id));
            foreach (var note in snapshot.Notes)
                console.MarkupLineInterpolated($"[yellow]note[/]: {note}");
            if (settings.Json is not null)
                await Write(console, settings.Json, System.Text.Encoding.UTF8.GetBytes(SnapshotJson.Write(snapshot)), cancellationToken);
            if (settings.Html is not null)
                await Write(console, settings.Html, System.Text.Encoding.UTF8.GetBytes(HtmlReport.Render(snapshot)), cancellationToken);
            if (settings.Pdf is not null)
                await Write(console, settings.Pdf, PdfReport.Render(snapshot), cancellationToken);
            console.MarkupLineInterpolated($"{SummaryLine(snapshot)}");
        }
        return ExitCodes.Ok;
    }

    /// <summary>The report by exact name, then by id; otherwise an error that lists the reports and the closest name.</summary>
    private static Report Find(IReadOnlyList<Report> reports, string name)
    {
        var found = reports.FirstOrDefault(r => r.Name == name) ?? reports.FirstOrDefault(r => r.Id == name);
        if (found is not null)
            return found;
        var names = reports.Select(r => r.Name).ToList();
        var closest = Suggest.Closest(name, names);
        throw new ZenoException($"the project has no report named '{name}'{(closest is null ? "" : $" (did you mean '{closest}'?)")}. " +
            (names.Count == 0 ? "It has no reports yet." : $"Reports: {string.Join(", ", names.Select(n => $"'{n}'"))}."))
        {
            Hint = names.Count == 0 ? "Create a report on the Analysis page of `zeno serve`, then export it." : "Names are case-sensitive; quote names with spaces.",
        };
    }

    private static async Task Write(IAnsiConsole console, string path, byte[] bytes, CancellationToken cancellationToken)
    {
        await File.WriteAllBytesAsync(path, bytes, cancellationToken);
        console.MarkupLineInterpolated($"[grey]wrote {path} ({(bytes.Length / 1024.0).ToString("0.#", CultureInfo.InvariantCulture)} KB)[/]");
    }

    private static string SummaryLine(ReportSnapshot snapshot) =>
        $"report '{snapshot.Report}': {snapshot.Slices.Count} slices × {snapshot.Models.Count} models; " +
        (snapshot.Counts.Tests == 0 ? "no tests" : $"{snapshot.Counts.FailingLatest} of {snapshot.Counts.Tests} tests failing for the latest model");
}
