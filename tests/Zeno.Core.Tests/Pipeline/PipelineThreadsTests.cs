using System.Collections.Concurrent;
using Zeno.Core.Pipeline;
using Zeno.Core.Store;

namespace Zeno.Core.Tests.Pipeline;

/// <summary>
/// While partitions run side by side, DuckDB runs each query on one thread (its own workers would contend with the
/// partitions for the cores); the thread count it had comes back when the level ends, however it ends.
/// </summary>
public sealed class PipelineThreadsTests
{
    private static readonly ColumnKey Key = new(ColumnKind.Distill, "probe");

    [Theory]
    [InlineData(2, 1L)]
    [InlineData(1, 3L)]
    public async Task Queries_run_on_one_thread_only_while_partitions_run_side_by_side(int parallelism, long threadsWhileRunning)
    {
        using var project = new SmallProject();
        using var opened = project.Open();
        SetThreads(opened.Store, 3);
        var seen = new ConcurrentBag<long>();
        var runner = new PipelineRunner(opened.Store, opened.Instances, opened.Sources, new LocalPartitionExecutor(parallelism), batchSize: 5, partitionRows: 10);

        await runner.RunAsync([Step(batch =>
        {
            seen.Add(Threads(opened.Store));
            return false;
        })], null, CancellationToken.None);

        Assert.Equal(10, seen.Count);
        Assert.All(seen, threads => Assert.Equal(threadsWhileRunning, threads));
        Assert.Equal(3L, Threads(opened.Store));
    }

    [Fact]
    public async Task A_level_that_fails_gives_the_threads_back_too()
    {
        using var project = new SmallProject();
        using var opened = project.Open();
        SetThreads(opened.Store, 3);
        var runner = new PipelineRunner(opened.Store, opened.Instances, opened.Sources, new LocalPartitionExecutor(2), batchSize: 5, partitionRows: 10);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunAsync([Step(_ => true)], null, CancellationToken.None));

        Assert.Equal(3L, Threads(opened.Store));
    }

    [Fact]
    public void The_store_scope_sets_one_thread_for_every_connection_and_restores_the_count_once()
    {
        using var project = new SmallProject();
        using var opened = project.Open();
        var store = opened.Store;
        SetThreads(store, 3);

        var scope = store.OneThreadPerQuery();
        Assert.Equal(1L, Threads(store));
        scope.Dispose();
        Assert.Equal(3L, Threads(store));
        SetThreads(store, 2);
        scope.Dispose();
        Assert.Equal(2L, Threads(store));
    }

    // A distill over the ids that cancels the run when stop says so.
    private static PipelineStep Step(Func<Microsoft.Data.Analysis.DataFrame, bool> stop) =>
        new("distill probe", Key, "f1", 0, new StepInputs(null, null, false, ["id"]), new ZenoOptions { IdColumn = "id" },
            (batch, _) => stop(batch)
                ? throw new OperationCanceledException()
                : new StepOutput([(Key, [.. Enumerable.Repeat<object?>(1.0, (int)batch.Rows.Count)])]));

    // Read on a connection of its own: the setting is the database's, not one connection's.
    private static long Threads(ZenoStore store)
    {
        using var connection = store.OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT current_setting('threads')";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void SetThreads(ZenoStore store, int threads)
    {
        using var connection = store.OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = $"SET threads = {threads}";
        command.ExecuteNonQuery();
    }
}
