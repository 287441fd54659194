using System.Collections.Concurrent;
using Zeno.Core.Store;

namespace Zeno.Core.Pipeline;

// Commits finished partitions in groups. Every commit has a fixed cost (its statements, the WAL's sync), and DuckDB
// writes a transaction's rows straight into the database file only by whole row groups; the rest go through the WAL
// and are written again by the next checkpoint (so the default partition is one row group). Cheap partitions wait in
// the queue until they fill a row group, while one that took long to compute is committed at once: a killed run
// loses little work either way. Whoever finds the writer free commits everything queued; the others go on
// computing, and wait for the writer only when the queue is full, which bounds the values held in memory.
internal sealed class CommitQueue(ZenoStore store, Action<FinishedPartition> committed)
{
    /// <summary>Queued rows that make a commit worth its cost: a row group, which skips the WAL.</summary>
    public const int GroupRows = ZenoStore.RowGroupRows;

    /// <summary>A partition that took this long is committed without waiting for others.</summary>
    public static readonly TimeSpan CommitAlone = TimeSpan.FromSeconds(1);

    // Enough to fill a row group with partitions of a quarter of one; a submitter waits beyond it.
    private const int MaxQueued = 4;

    private readonly ConcurrentQueue<FinishedPartition> _pending = new();
    private readonly Lock _writing = new();
    private long _pendingRows;

    /// <summary>The arrays of committed partitions' values, for the partitions still to compute.</summary>
    public ValueArrays Arrays { get; } = new();

    /// <summary>Queues a finished partition, and commits what is queued once it is worth a commit and the writer is free.</summary>
    public void Submit(FinishedPartition partition)
    {
        _pending.Enqueue(partition);
        Interlocked.Add(ref _pendingRows, partition.Rows);
        if (_pending.Count > MaxQueued)
            Flush();
        // Looking again after leaving: a partition queued while this thread held the writer is not left behind.
        while ((partition.ComputeTime >= CommitAlone || Interlocked.Read(ref _pendingRows) >= GroupRows || _pending.Count >= MaxQueued)
               && !_pending.IsEmpty && _writing.TryEnter())
        {
            try
            {
                CommitQueued();
            }
            finally
            {
                _writing.Exit();
            }
        }
    }

    /// <summary>Commits whatever is still queued, waiting for the writer.</summary>
    public void Flush()
    {
        lock (_writing)
            CommitQueued();
    }

    private void CommitQueued()
    {
        var batch = new List<FinishedPartition>();
        while (_pending.TryDequeue(out var partition))
        {
            batch.Add(partition);
            Interlocked.Add(ref _pendingRows, -partition.Rows);
        }
        if (batch.Count == 0)
            return;
        store.CommitPartitions([.. batch.Select(partition => partition.Commit)]);
        foreach (var partition in batch)
        {
            committed(partition);
            // The values are DuckDB's now: their arrays can hold the next partitions' values.
            foreach (var write in partition.Commit.Writes)
                Arrays.Return(write.Values);
        }
    }
}

/// <summary>A computed partition of a step, waiting to be committed.</summary>
internal sealed record FinishedPartition(PipelineStep Step, PartitionCommit Commit, int Rows, TimeSpan ComputeTime);
