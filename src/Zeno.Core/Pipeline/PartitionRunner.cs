using System.Collections.Concurrent;
using Microsoft.Data.Analysis;
using Zeno.Core.Data;
using Zeno.Core.Store;

namespace Zeno.Core.Pipeline;

// Computes one partition: reads its rows through the step's instance view, calls the function batch by batch,
// isolates failing rows by retrying a failed batch row by row, and commits each partition in one transaction (with
// whichever other partitions finished meanwhile; see CommitQueue).
internal sealed class PartitionRunner(
    ZenoStore store, InstanceTable table, ViewSources sources, int batchSize, int partitionCount, IProgress<PipelineEvent>? progress)
{
    private readonly CommitQueue _commits = new(store, partition =>
        progress?.Report(new PartitionCompleted(partition.Step.Label, partition.Commit.Partition, partition.Rows, partition.Commit.Failures.Count)));
    private readonly Lock _prepareLock = new();
    private readonly ConcurrentDictionary<PipelineStep, ReadQuery> _queries = new(ReferenceEqualityComparer.Instance);

    public ValueTask RunAsync(PartitionWork work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var step = work.Step;
        var rows = (int)(work.End - work.Start);
        var values = new Dictionary<ColumnKey, PartitionValues>();
        var failures = new List<RowFailure>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Compute(work, values, failures, cancellationToken);
        var rowNumbers = new RowRange(work.Start, rows);
        values.TryAdd(step.Key, new PartitionValues(rows));
        var writes = values
            .OrderBy(pair => pair.Key == step.Key ? 0 : 1)
            .Select(pair => new ColumnWrite(pair.Key, rowNumbers, pair.Value.ToList()))
            .ToList();
        PrepareExtraColumns(step, writes);
        _commits.Submit(new FinishedPartition(step, new PartitionCommit(work.Partition, writes, failures), rows, clock.Elapsed));
        return ValueTask.CompletedTask;
    }

    /// <summary>Commits the partitions still queued; the level's work is done only after this.</summary>
    public void Flush() => _commits.Flush();

    /// <summary>Commits the partitions still queued after the level failed; a failure here must not hide the first one.</summary>
    public void TryFlush()
    {
        try
        {
            _commits.Flush();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The level's own error is what the user needs to see; these partitions are computed again on the next run.
        }
    }

    private void Compute(PartitionWork work, Dictionary<ColumnKey, PartitionValues> values, List<RowFailure> failures, CancellationToken cancellationToken)
    {
        var queries = _queries.GetOrAdd(work.Step, ReadQueries);
        if (queries.Unordered is { } unordered)
        {
            try
            {
                Compute(work, unordered, new RowOrder(work.Start), values, failures, cancellationToken);
                return;
            }
            catch (RowOrder.BrokenException)
            {
                // DuckDB did not return the rows in the table's order: start the partition again, sorted.
                values.Clear();
                failures.Clear();
            }
        }
        Compute(work, queries.Ordered, null, values, failures, cancellationToken);
    }

    private void Compute(PartitionWork work, string query, RowOrder? order, Dictionary<ColumnKey, PartitionValues> values, List<RowFailure> failures,
        CancellationToken cancellationToken)
    {
        var rows = (int)(work.End - work.Start);
        using var connection = store.OpenReader();
        var offset = 0;
        // Batches stream from the result: no partition-sized frame is built and no batch is copied out of one.
        foreach (var batch in FrameQuery.Batches(connection, query, [("start", work.Start), ("end", work.End)], Math.Max(1, batchSize),
                     order is null ? 0 : 1, order is null ? null : order.Check))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TryRun(work.Step, batch, out var output, out _))
                Collect(values, output!, offset, rows);
            else
                RunRowByRow(work.Step, batch, work.Start, offset, rows, values, failures);
            offset += (int)batch.Rows.Count;
        }
    }

    // Built once per step, not per partition: a step's inputs come from earlier levels, so the manifest the view is
    // built from does not change while its partitions run, and reading the manifest waits for the write lock.
    private ReadQuery ReadQueries(PipelineStep step)
    {
        var view = InstanceView.Build(table, store.Manifest(), sources, step.Inputs.Model, step.Inputs.Transform, step.Inputs.Distills);
        // A function whose code names the columns it reads gets only those: the id alone can cost more to read than a
        // number column, so a failing row's id is looked up when it fails.
        var names = view.ColumnsFor(step.Inputs.Columns?.ToHashSet(), table.IdColumn);
        var (select, from) = (view.Select(names), view.From(names));
        var rows = $"{InstanceView.RowExpression} >= $start AND {InstanceView.RowExpression} < $end";
        // Sorting a partition costs DuckDB more than reading it. A scan of the instance table alone returns the rows
        // in the order they were stored, which is the row order; the row number read first checks that, row by row.
        // A join gives no such order, so a view with computed columns is sorted.
        var joined = from.Contains(" JOIN ", StringComparison.Ordinal);
        return new ReadQuery(
            $"SELECT {select} FROM {from} WHERE {rows} ORDER BY {InstanceView.RowExpression}",
            joined ? null : $"SELECT {InstanceView.RowExpression}, {select} FROM {from} WHERE {rows}");
    }

    private sealed record ReadQuery(string Ordered, string? Unordered);

    // The row numbers a query without ORDER BY returns, in its first column, must count up from the partition's start.
    private sealed class RowOrder(long start)
    {
        private long _next = start;

        public void Check(long row)
        {
            if (row != _next++)
                throw new BrokenException();
        }

        public sealed class BrokenException : Exception;
    }

    // A failed batch is retried row by row, so one bad row costs only itself.
    private void RunRowByRow(PipelineStep step, DataFrame batch, long start, int offset, int rows, Dictionary<ColumnKey, PartitionValues> values,
        List<RowFailure> failures)
    {
        for (var row = 0; row < batch.Rows.Count; row++)
        {
            var single = DataFrameReader.Rows(batch, row, 1);
            if (TryRun(step, single, out var rowOutput, out var error))
                Collect(values, rowOutput!, offset + row, rows);
            else
                failures.Add(new RowFailure(IdOf(batch, row, start + offset + row), error!.GetType().Name, error.Message));
        }
    }

    private static bool TryRun(PipelineStep step, DataFrame batch, out StepOutput? output, out Exception? error)
    {
        try
        {
            output = step.Run(batch, step.Options);
            foreach (var (key, values) in output.Columns)
                if (values.Count != batch.Rows.Count)
                    throw new InvalidOperationException(
                        $"{step.Label} returned {values.Count} values for '{key.Name}' but the batch has {batch.Rows.Count} rows; return exactly one value per row, in order");
            error = null;
            return true;
        }
        // A ZenoException is a project problem (an unreadable predictions file, a model that cannot be built), not a
        // row the function cannot handle: it stops the run with its message instead of failing every row.
        catch (Exception e) when (e is not OperationCanceledException and not Errors.ZenoException)
        {
            output = null;
            error = e is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : e;
            return false;
        }
    }

    private void Collect(Dictionary<ColumnKey, PartitionValues> values, StepOutput output, int offset, int rows)
    {
        foreach (var (key, columnValues) in output.Columns)
        {
            if (!values.TryGetValue(key, out var target))
                values[key] = target = new PartitionValues(rows, _commits.Arrays);
            target.Set(offset, columnValues);
        }
    }

    private string IdOf(DataFrame frame, int row, long rowNumber) =>
        frame.Columns.IndexOf(table.IdColumn) is var index and >= 0
            ? Convert.ToString(frame.Columns[index][row], System.Globalization.CultureInfo.InvariantCulture) ?? "(null)"
            : store.InstanceId(table.IdColumn, rowNumber) ?? $"row {rowNumber}";

    // Extra per-model columns are only known once the model answers; they share the step's fingerprint.
    private void PrepareExtraColumns(PipelineStep step, IReadOnlyList<ColumnWrite> writes)
    {
        lock (_prepareLock)
            foreach (var write in writes.Where(write => write.Key != step.Key))
                if (store.FindColumn(write.Key)?.Fingerprint != step.Fingerprint)
                    store.PrepareColumn(write.Key, step.Fingerprint, partitionCount);
    }
}
