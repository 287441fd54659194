using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zeno.Core.Project;

namespace Zeno.Server.Hosting;

/// <summary>
/// Runs the project's pipeline after the server has started, so the UI is usable at once and fills in as columns
/// complete. Stopping the server cancels between partitions; committed partitions are kept for the next start.
/// </summary>
internal sealed partial class PipelineService(ZenoProject project, PipelineStatus status, ILogger<PipelineService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let Kestrel finish starting before the pipeline takes the cores.
        await Task.Yield();
        try
        {
            var result = await project.RunPipelineAsync(progress: status, cancellationToken: stoppingToken);
            status.Finish(null);
            LogFinished(logger, result.Steps.Count, result.ComputedPartitions);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            status.Finish(null);
        }
        catch (Exception e)
        {
            status.Finish(e);
            LogFailed(logger, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pipeline finished: {Steps} steps, {Partitions} partitions computed")]
    private static partial void LogFinished(ILogger logger, int steps, int partitions);

    [LoggerMessage(Level = LogLevel.Error, Message = "Pipeline failed: {Message}")]
    private static partial void LogFailed(ILogger logger, string message);
}
