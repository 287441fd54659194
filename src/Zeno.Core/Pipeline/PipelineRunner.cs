using Zeno.Core.Data;
using Zeno.Core.Store;

namespace Zeno.Core.Pipeline;

/// <summary>
/// Runs a plan level by level: prepares each step's columns in the store (keeping the partitions a previous run with
/// the same fingerprint committed), hands the missing partitions to the executor and reports typed progress events.
/// </summary>
public sealed class PipelineRunner(
    ZenoStore store, InstanceTable table, ViewSources sources, IPartitionExecutor executor, int batchSize, int? partitionRows)
{
    /// <summary>Rows per partition: the unit of work, of commit and of resumption (null: <see cref="PartitionSize.Automatic"/>).</summary>
    public int PartitionRows => Math.Max(1, partitionRows ?? PartitionSize.Automatic(table.Rows));

    /// <summary>Partitions of the instance table.</summary>
    public int PartitionCount => (int)((table.Rows + PartitionRows - 1) / PartitionRows);

    /// <summary>Runs every step; returns when all partitions are committed.</summary>
    public async Task<PipelineResult> RunAsync(IReadOnlyList<PipelineStep> steps, IProgress<PipelineEvent>? progress, CancellationToken cancellationToken)
    {
        var summaries = new List<StepSummary>();
        var partitionRunner = new PartitionRunner(store, table, sources, batchSize, PartitionCount, progress);
        foreach (var level in steps.GroupBy(step => step.Level).OrderBy(group => group.Key))
        {
            var work = new List<PartitionWork>();
            var computed = new Dictionary<PipelineStep, int>();
            foreach (var step in level)
            {
                var done = store.PrepareColumn(step.Key, step.Fingerprint, PartitionCount);
                progress?.Report(new StepStarted(step.Label, PartitionCount, done.Count));
                var missing = Enumerable.Range(0, PartitionCount).Where(partition => !done.Contains(partition)).ToList();
                computed[step] = missing.Count;
                work.AddRange(missing.Select(partition => new PartitionWork(step, partition,
                    (long)partition * PartitionRows, Math.Min(table.Rows, (long)(partition + 1) * PartitionRows))));
            }
            // Partitions side by side keep the cores busy; DuckDB's own threads would only contend with them.
            using (Math.Min(work.Count, executor.Parallelism) > 1 ? store.OneThreadPerQuery() : null)
            {
                try
                {
                    await executor.RunAsync(work, partitionRunner.RunAsync, cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    // Partitions computed before a failure or a cancel are kept: a rerun resumes after them.
                    partitionRunner.TryFlush();
                    throw;
                }
                partitionRunner.Flush();
            }
            foreach (var step in level)
            {
                var failures = store.Failures(step.Key);
                progress?.Report(new StepFinished(step.Label, failures.Count));
                summaries.Add(new StepSummary(step.Label, step.Key, computed[step], PartitionCount - computed[step], failures));
            }
        }
        return new PipelineResult(summaries);
    }
}
