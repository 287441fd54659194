using Zeno.Core.Store;

namespace Zeno.Core.Pipeline;

/// <summary>What a pipeline run did, per step: computed or reused partitions, and the rows its function failed on.</summary>
public sealed record PipelineResult(IReadOnlyList<StepSummary> Steps)
{
    /// <summary>Partitions computed in this run (0 when everything came from the cache).</summary>
    public int ComputedPartitions => Steps.Sum(step => step.Computed);

    /// <summary>Steps with at least one failed row.</summary>
    public IEnumerable<StepSummary> Failed => Steps.Where(step => step.Failures.Count > 0);
}

/// <summary>One step's summary.</summary>
/// <param name="Step">The step's label.</param>
/// <param name="Key">Its column.</param>
/// <param name="Computed">Partitions computed in this run.</param>
/// <param name="Reused">Partitions taken from the cache.</param>
/// <param name="Failures">Rows the function failed on (this run and earlier runs of the same fingerprint).</param>
public sealed record StepSummary(string Step, ColumnKey Key, int Computed, int Reused, IReadOnlyList<RowFailure> Failures);
