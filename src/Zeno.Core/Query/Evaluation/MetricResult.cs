namespace Zeno.Core.Query.Evaluation;

/// <summary>A metric's value on a slice for a model (null: undefined) and the slice's size for that model.</summary>
public readonly record struct MetricResult(double? Value, long Size);
