using Zeno.Core.Query.Tests;

namespace Zeno.Core.Query.Evaluation;

/// <summary>Slice × model × metric results and behavioral test outcomes: what <c>zeno run</c> prints and writes as JSON.</summary>
/// <param name="Models">Model names in config order.</param>
/// <param name="Metrics">Metric names in config order.</param>
/// <param name="Slices">"All instances" first, then the config's slices.</param>
/// <param name="Tests">One outcome per test and model.</param>
/// <param name="Transforms">Every metric of every model on all transformed instances, one entry per transform.</param>
public sealed record EvaluationReport(
    IReadOnlyList<string> Models,
    IReadOnlyList<string> Metrics,
    IReadOnlyList<SliceResult> Slices,
    IReadOnlyList<TestOutcome> Tests,
    IReadOnlyList<TransformResult> Transforms)
{
    /// <summary>Whether every test passed for every model it applies to.</summary>
    public bool AllTestsPassed => Tests.All(test => test.Passed);
}

/// <summary>A slice's size and metric values per model.</summary>
/// <param name="Name">The slice's name.</param>
/// <param name="Folder">Its folder, if any.</param>
/// <param name="Filter">Its filter in the filter language (empty for "All instances").</param>
/// <param name="Sizes">Model → number of instances.</param>
/// <param name="Values">Model → metric → value (null: undefined).</param>
public sealed record SliceResult(
    string Name,
    string? Folder,
    string Filter,
    IReadOnlyDictionary<string, long> Sizes,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double?>> Values);

/// <summary>The metrics of every model on all instances after a transform: how far a metamorphic change moves them.</summary>
/// <param name="Transform">The transform's name.</param>
/// <param name="Values">Model → metric → value (null: undefined, e.g. a model whose outputs come from a file).</param>
public sealed record TransformResult(string Transform, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double?>> Values);
