using Spectre.Console;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Tests;

namespace Zeno.Cli.Output;

/// <summary>Prints an evaluation report: one table per metric (slices × models, with sizes), then the tests.</summary>
internal static class ReportTables
{
    public static void PrintMetrics(EvaluationReport report, IAnsiConsole console)
    {
        if (report.Models.Count == 0)
        {
            console.MarkupLine("[yellow]The project has no [[models]], so there is nothing to evaluate yet.[/]");
            return;
        }
        var latest = report.Models[^1];
        foreach (var metric in report.Metrics)
        {
            var table = new Table().Title($"[bold]{Markup.Escape(metric)}[/]").AddColumn("slice").AddColumn(new TableColumn("size").RightAligned());
            foreach (var model in report.Models)
                table.AddColumn(new TableColumn(Markup.Escape(model)).RightAligned());
            foreach (var slice in report.Slices)
            {
                var cells = new List<string> { Markup.Escape(SliceLabel(slice)), slice.Sizes[latest].ToString("N0", System.Globalization.CultureInfo.InvariantCulture) };
                cells.AddRange(report.Models.Select(model => MetricText.Format(slice.Values[model][metric])));
                table.AddRow(cells.ToArray());
            }
            console.Write(table);
        }
        console.MarkupLineInterpolated($"[grey]size: instances in the slice for {latest} (slices that read the output differ per model); – : undefined (empty slice or zero denominator)[/]");
    }

    /// <summary>Each transform's metrics on all instances beside the originals', so the effect of the change is one glance.</summary>
    public static void PrintTransforms(EvaluationReport report, IAnsiConsole console)
    {
        var original = report.Slices[0];
        foreach (var transform in report.Transforms)
        {
            var table = new Table().Title($"[bold]transform {Markup.Escape(transform.Transform)}[/] (all instances: original → transformed)").AddColumn("metric");
            foreach (var model in report.Models)
                table.AddColumn(new TableColumn(Markup.Escape(model)).RightAligned());
            foreach (var metric in report.Metrics)
                table.AddRow([Markup.Escape(metric), .. report.Models.Select(model =>
                    $"{MetricText.Format(original.Values[model][metric])} → {MetricText.Format(transform.Values[model][metric])}")]);
            console.Write(table);
        }
    }

    public static void PrintTests(IReadOnlyList<TestOutcome> outcomes, IAnsiConsole console)
    {
        if (outcomes.Count == 0)
        {
            console.MarkupLine("[grey]No behavioral tests are defined: add [[tests]] to zeno.toml, or tests to a report in the UI.[/]");
            return;
        }
        var table = new Table().Title("[bold]behavioral tests[/]")
            .AddColumn("test").AddColumn("slice").AddColumn("metric").AddColumn("model").AddColumn("expect")
            .AddColumn(new TableColumn("value").RightAligned()).AddColumn("result");
        foreach (var outcome in outcomes)
            table.AddRow(
                Markup.Escape(outcome.Test), Markup.Escape(outcome.Slice), Markup.Escape(outcome.Metric), Markup.Escape(outcome.Model),
                Markup.Escape(outcome.Expectation.ToString()), outcome.Error is null ? MetricText.Format(outcome.Value) : "",
                outcome.Error is not null ? "[red]! ERROR[/]" : outcome.Passed ? "[green]✓ pass[/]" : "[red]✗ FAIL[/]");
        console.Write(table);
        foreach (var outcome in outcomes.Where(outcome => outcome.Error is not null))
            console.MarkupLineInterpolated($"[red]error[/] in test '{outcome.Test}' ({outcome.Model}): {outcome.Error}");
        var counts = TestCounts.Of(outcomes);
        // "N passed, N failed" is what CI logs are searched for; errors are added only when there are some.
        console.MarkupLineInterpolated($"{counts.Passed} passed, {counts.Failed} failed{(counts.Errors > 0 ? $", {counts.Errors} errors" : "")}");
    }

    private static string SliceLabel(SliceResult slice) => slice.Folder is null ? slice.Name : $"{slice.Folder} / {slice.Name}";
}
