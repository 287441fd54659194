namespace Zeno.Core.Pipeline;

/// <summary>A typed progress event of the pipeline; the CLI draws bars from them, the server streams them.</summary>
public abstract record PipelineEvent;

/// <summary>A step starts: <paramref name="Done"/> of <paramref name="Partitions"/> partitions were already cached.</summary>
public sealed record StepStarted(string Step, int Partitions, int Done) : PipelineEvent;

/// <summary>A partition of a step was computed and committed.</summary>
public sealed record PartitionCompleted(string Step, int Partition, int Rows, int FailedRows) : PipelineEvent;

/// <summary>A step has every partition committed; <paramref name="FailedRows"/> rows raised errors.</summary>
public sealed record StepFinished(string Step, int FailedRows) : PipelineEvent;
