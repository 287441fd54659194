using System.Collections.Concurrent;
using System.Threading.Channels;
using Zeno.Core.Pipeline;

namespace Zeno.Server.Hosting;

/// <summary>
/// The background pipeline's state as the UI sees it: one snapshot for late subscribers, and a stream of typed
/// updates for the progress endpoint. Each subscriber has its own bounded channel, so a slow browser tab drops old
/// updates instead of slowing the pipeline.
/// </summary>
public sealed class PipelineStatus : IProgress<PipelineEvent>
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, StepProgress> _steps = [];
    private readonly ConcurrentDictionary<Channel<PipelineSnapshot>, byte> _subscribers = new();
    private string _state = "starting";
    private string? _error;

    /// <summary>The current state.</summary>
    public PipelineSnapshot Snapshot()
    {
        lock (_lock)
            return new PipelineSnapshot(_state, _steps.Values.OrderBy(step => step.Order).ToList(), _error);
    }

    /// <inheritdoc />
    public void Report(PipelineEvent value)
    {
        lock (_lock)
        {
            switch (value)
            {
                case StepStarted started:
                    _state = "running";
                    _steps[started.Step] = new StepProgress(started.Step, started.Done, started.Partitions, 0, _steps.Count);
                    break;
                case PartitionCompleted completed when _steps.TryGetValue(completed.Step, out var step):
                    _steps[completed.Step] = step with { Done = step.Done + 1, FailedRows = step.FailedRows + completed.FailedRows };
                    break;
                case StepFinished finished when _steps.TryGetValue(finished.Step, out var step):
                    _steps[finished.Step] = step with { Done = step.Total, FailedRows = finished.FailedRows };
                    break;
            }
        }
        Publish();
    }

    /// <summary>Marks the end of the run (successful or not).</summary>
    public void Finish(Exception? error)
    {
        lock (_lock)
        {
            _state = error is null ? "done" : "failed";
            _error = error?.Message;
        }
        Publish();
    }

    /// <summary>Streams snapshots until the run ends or the caller stops listening.</summary>
    public async IAsyncEnumerable<PipelineSnapshot> Watch([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<PipelineSnapshot>(new BoundedChannelOptions(4) { FullMode = BoundedChannelFullMode.DropOldest });
        _subscribers[channel] = 0;
        try
        {
            var current = Snapshot();
            yield return current;
            if (current.Finished)
                yield break;
            await foreach (var snapshot in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return snapshot;
                if (snapshot.Finished)
                    yield break;
            }
        }
        finally
        {
            _subscribers.TryRemove(channel, out _);
        }
    }

    private void Publish()
    {
        var snapshot = Snapshot();
        foreach (var subscriber in _subscribers.Keys)
            subscriber.Writer.TryWrite(snapshot);
    }
}

/// <summary>The pipeline's state: "starting", "running", "done" or "failed", with each step's progress.</summary>
public sealed record PipelineSnapshot(string State, IReadOnlyList<StepProgress> Steps, string? Error)
{
    /// <summary>True when nothing more will happen.</summary>
    public bool Finished => State is "done" or "failed";
}

/// <summary>One step's partitions done out of its total, and the rows its function failed on.</summary>
public sealed record StepProgress(string Step, int Done, int Total, int FailedRows, int Order);
