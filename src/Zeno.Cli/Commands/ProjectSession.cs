using Spectre.Console;
using Zeno.Cli.Output;
using Zeno.Core.Config;
using Zeno.Core.Pipeline;
using Zeno.Core.Project;

namespace Zeno.Cli.Commands;

/// <summary>What run, test and demo share: load the config, open the project, run the pipeline with progress.</summary>
internal static class ProjectSession
{
    /// <summary>Opens the project and brings every computed column up to date.</summary>
    public static async Task<(ZenoProject Project, PipelineResult Result)> OpenAndRunAsync(string configPath, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var config = ConfigLoader.Load(configPath);
        var project = console.Status().Start($"Opening {config.Name}...", _ => ZenoProject.Open(config));
        try
        {
            foreach (var warning in project.Warnings)
                console.MarkupLineInterpolated($"[yellow]warning[/]: {warning}");
            var result = await PipelineProgress.RunAsync(project, console, cancellationToken);
            PipelineProgress.PrintFailures(result, console);
            return (project, result);
        }
        catch
        {
            project.Dispose();
            throw;
        }
    }
}
