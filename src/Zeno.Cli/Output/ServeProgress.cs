using Spectre.Console;
using Zeno.Server.Hosting;

namespace Zeno.Cli.Output;

/// <summary>While serving, prints the background pipeline's progress as plain lines: the terminal stays readable.</summary>
internal sealed class ServeProgress(IAnsiConsole console, PipelineStatus status)
{
    public async Task FollowAsync(CancellationToken cancellationToken)
    {
        var lastPercent = -1;
        await foreach (var snapshot in status.Watch(cancellationToken))
        {
            var total = snapshot.Steps.Sum(step => step.Total);
            var done = snapshot.Steps.Sum(step => step.Done);
            var percent = total == 0 ? 100 : done * 100 / total;
            if (snapshot.Finished)
            {
                if (snapshot.State == "done")
                    console.MarkupLineInterpolated($"[green]pipeline done[/]: {snapshot.Steps.Count} steps, every column is available");
                else
                    console.MarkupLineInterpolated($"[red]pipeline failed[/]: {snapshot.Error}");
                return;
            }
            if (percent / 10 != lastPercent / 10)
                console.MarkupLineInterpolated($"[grey]pipeline: {percent}% ({done}/{total} partitions)[/]");
            lastPercent = percent;
        }
    }
}
