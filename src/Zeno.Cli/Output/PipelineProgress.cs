using System.Collections.Concurrent;
using System.Diagnostics;
using Spectre.Console;
using Zeno.Core.Pipeline;
using Zeno.Core.Project;

namespace Zeno.Cli.Output;

/// <summary>
/// Shows the pipeline's progress: a bar per step being computed in a terminal; plain lines when output is redirected
/// (CI logs), at most one per step per second so a million-row run does not flood the log.
/// </summary>
internal static class PipelineProgress
{
    public static async Task<PipelineResult> RunAsync(ZenoProject project, IAnsiConsole console, CancellationToken cancellationToken)
    {
        PipelineResult result;
        if (console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
            result = await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(context => project.RunPipelineAsync(progress: new Bars(context), cancellationToken: cancellationToken));
        else
            result = await project.RunPipelineAsync(progress: new Lines(console), cancellationToken: cancellationToken);
        var cached = result.Steps.Count(step => step.Computed == 0);
        console.MarkupLineInterpolated($"[grey]pipeline: {result.Steps.Count} steps, {cached} fully cached, {result.ComputedPartitions} partitions computed[/]");
        return result;
    }

    /// <summary>Names every function that failed on rows: the rows' ids and the first error.</summary>
    public static void PrintFailures(PipelineResult result, IAnsiConsole console)
    {
        foreach (var step in result.Failed)
        {
            var first = step.Failures[0];
            var ids = string.Join(", ", step.Failures.Take(10).Select(failure => failure.RowId));
            var more = step.Failures.Count > 10 ? $" and {step.Failures.Count - 10} more" : "";
            console.MarkupLineInterpolated(
                $"[red]{step.Step} failed on {step.Failures.Count} rows[/] (ids: {ids}{more}); first error: {first.ErrorType}: {first.Message}");
        }
        if (result.Failed.Any())
            console.MarkupLine("[grey]Those rows have no value for the column; fix the function and run again to recompute it.[/]");
    }

    private sealed class Bars(ProgressContext context) : IProgress<PipelineEvent>
    {
        private readonly ConcurrentDictionary<string, ProgressTask> _tasks = new();

        public void Report(PipelineEvent value)
        {
            switch (value)
            {
                case StepStarted started when started.Done < started.Partitions:
                    var task = context.AddTask(Markup.Escape(started.Step), maxValue: started.Partitions);
                    task.Value = started.Done;
                    _tasks[started.Step] = task;
                    break;
                case PartitionCompleted completed when _tasks.TryGetValue(completed.Step, out var running):
                    running.Increment(1);
                    break;
                case StepFinished finished when _tasks.TryGetValue(finished.Step, out var done):
                    done.Value = done.MaxValue;
                    done.StopTask();
                    break;
            }
        }
    }

    private sealed class Lines(IAnsiConsole console) : IProgress<PipelineEvent>
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<string, (int Done, int Total, long LastPrint)> _steps = [];

        public void Report(PipelineEvent value)
        {
            lock (_lock)
            {
                switch (value)
                {
                    case StepStarted started when started.Done < started.Partitions:
                        _steps[started.Step] = (started.Done, started.Partitions, 0);
                        console.WriteLine($"{started.Step}: computing {started.Partitions - started.Done} of {started.Partitions} partitions");
                        break;
                    case PartitionCompleted completed when _steps.TryGetValue(completed.Step, out var step):
                        var done = step.Done + 1;
                        var now = Stopwatch.GetTimestamp();
                        var print = step.LastPrint == 0 || done == step.Total || Stopwatch.GetElapsedTime(step.LastPrint, now) > TimeSpan.FromSeconds(1);
                        _steps[completed.Step] = (done, step.Total, print ? now : step.LastPrint);
                        if (print)
                            console.WriteLine($"{completed.Step}: {done}/{step.Total} partitions committed");
                        break;
                    case StepFinished finished when finished.FailedRows > 0:
                        console.WriteLine($"{finished.Step}: finished, {finished.FailedRows} rows failed");
                        break;
                }
            }
        }
    }
}
