using System.Collections.Concurrent;
using Zeno.Core.Pipeline;
using Zeno.Core.Store;

namespace Zeno.Core.Tests.Pipeline;

/// <summary>Partitions submitted from many threads are each committed exactly once, with their values, and reported once.</summary>
public sealed class CommitQueueTests
{
    private static readonly ColumnKey Key = new(ColumnKind.Distill, "d");

    // The step a queued partition belongs to; the queue never runs it.
    private static readonly PipelineStep Step = new("distill d", Key, "f1", 0, new StepInputs(null, null, false), new ZenoOptions { IdColumn = "id" },
        (_, _) => throw new InvalidOperationException());

    [Theory]
    [InlineData(1, 40)]
    [InlineData(4, 200)]
    [InlineData(8, 400)]
    public void Every_submitted_partition_is_committed_once_with_its_values(int threads, int partitions)
    {
        using var store = ZenoStore.InMemory();
        store.PrepareColumn(Key, "f1", partitions);
        var reported = new ConcurrentBag<int>();
        var queue = new CommitQueue(store, partition => reported.Add(partition.Commit.Partition));

        Parallel.For(0, partitions, new ParallelOptions { MaxDegreeOfParallelism = threads }, partition =>
        {
            var rows = new RowRange(partition * 3L, 3);
            var values = rows.Select(row => (object?)(row * 0.5)).ToList();
            queue.Submit(new FinishedPartition(Step, new PartitionCommit(partition, [new ColumnWrite(Key, rows, values)], []), 3, TimeSpan.Zero));
        });
        queue.Flush();

        Assert.Equal(Enumerable.Range(0, partitions), reported.Order());
        Assert.Equal(Enumerable.Range(0, partitions).ToHashSet(), store.CompletedPartitions(Key));
        var stored = store.Read(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT zeno_row, value FROM {store.FindColumn(Key)!.TableName} ORDER BY zeno_row";
            using var reader = command.ExecuteReader();
            var rows = new List<(long, double)>();
            while (reader.Read())
                rows.Add((reader.GetInt64(0), reader.GetDouble(1)));
            return rows;
        });
        Assert.Equal(Enumerable.Range(0, partitions * 3).Select(row => ((long)row, row * 0.5)), stored);
    }

    [Fact]
    public void Cheap_partitions_wait_to_fill_a_row_group_and_a_slow_one_is_committed_at_once()
    {
        using var store = ZenoStore.InMemory();
        store.PrepareColumn(Key, "f1", 4);
        var reported = new List<int>();
        var queue = new CommitQueue(store, partition => reported.Add(partition.Commit.Partition));
        FinishedPartition Partition(int partition, int rows, TimeSpan took)
        {
            var range = new RowRange(partition * 100_000L, rows);
            return new FinishedPartition(Step, new PartitionCommit(partition, [new ColumnWrite(Key, range, range.Select(row => (object?)1.0).ToList())], []), rows, took);
        }

        queue.Submit(Partition(0, 100, TimeSpan.Zero));
        Assert.Empty(store.CompletedPartitions(Key));
        queue.Submit(Partition(1, 50, CommitQueue.CommitAlone));
        Assert.Equal(new HashSet<int> { 0, 1 }, store.CompletedPartitions(Key));
        queue.Submit(Partition(2, CommitQueue.GroupRows - 1, TimeSpan.Zero));
        Assert.Equal(2, store.CompletedPartitions(Key).Count);
        queue.Submit(Partition(3, 1, TimeSpan.Zero));
        Assert.Equal(new HashSet<int> { 0, 1, 2, 3 }, store.CompletedPartitions(Key));
        Assert.Equal([0, 1, 2, 3], reported);
    }

    [Fact]
    public async Task A_level_that_stops_half_way_keeps_the_partitions_it_finished()
    {
        // 50 rows in partitions of 40, one at a time: the first partition finishes and waits in the queue (it is far
        // from a row group), then the second is cancelled by its own function.
        using var project = new SmallProject();
        using var opened = project.Open();
        var key = new ColumnKey(ColumnKind.Distill, "probe");
        var step = new PipelineStep("distill probe", key, "f1", 0, new StepInputs(null, null, false, ["id"]), new ZenoOptions { IdColumn = "id" },
            (batch, _) => batch.Columns["id"].Cast<string>().Any(id => string.CompareOrdinal(id, "e040") >= 0)
                ? throw new OperationCanceledException()
                : new StepOutput([(key, [.. Enumerable.Repeat<object?>(1.0, (int)batch.Rows.Count)])]));
        var runner = new PipelineRunner(opened.Store, opened.Instances, opened.Sources, new LocalPartitionExecutor(1), batchSize: 5, partitionRows: 40);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunAsync([step], null, CancellationToken.None));

        Assert.Equal(new HashSet<int> { 0 }, opened.Store.CompletedPartitions(key));
    }

    [Fact]
    public void A_failing_commit_fails_the_submitting_partition_and_reports_nothing()
    {
        using var store = ZenoStore.InMemory();
        var reported = new List<int>();
        var queue = new CommitQueue(store, partition => reported.Add(partition.Commit.Partition));

        // The column was never prepared, so the store refuses the commit (which a slow partition asks for at once).
        var error = Assert.Throws<InvalidOperationException>(() =>
            queue.Submit(new FinishedPartition(Step, new PartitionCommit(0, [new ColumnWrite(Key, new RowRange(0, 1), [1.0])], []), 1, CommitQueue.CommitAlone)));

        Assert.Contains("was not prepared", error.Message);
        Assert.Empty(reported);
    }
}
