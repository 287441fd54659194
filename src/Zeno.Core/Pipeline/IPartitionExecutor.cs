namespace Zeno.Core.Pipeline;

/// <summary>
/// Runs the partitions of a level. The local executor uses the machine's cores; a cluster executor can spread the same
/// work over machines, because every partition reads its inputs from and commits its results to the store.
/// </summary>
public interface IPartitionExecutor
{
    /// <summary>How many partitions run at once on this machine.</summary>
    int Parallelism { get; }

    /// <summary>Runs <paramref name="run"/> for every work item, returning when all are done (or the first fails).</summary>
    Task RunAsync(IReadOnlyList<PartitionWork> work, Func<PartitionWork, CancellationToken, ValueTask> run, CancellationToken cancellationToken);
}

/// <summary>One partition of one step: rows [<paramref name="Start"/>, <paramref name="End"/>).</summary>
public sealed record PartitionWork(PipelineStep Step, int Partition, long Start, long End);

/// <summary>Runs partitions on this machine with bounded parallelism.</summary>
public sealed class LocalPartitionExecutor(int parallelism) : IPartitionExecutor
{
    /// <inheritdoc />
    public int Parallelism { get; } = Math.Max(1, parallelism);

    /// <inheritdoc />
    public Task RunAsync(IReadOnlyList<PartitionWork> work, Func<PartitionWork, CancellationToken, ValueTask> run, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(work, new ParallelOptions
        {
            MaxDegreeOfParallelism = Parallelism,
            CancellationToken = cancellationToken,
        }, run);
}
