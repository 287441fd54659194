using Microsoft.Data.Analysis;
using Zeno.Core.Store;

namespace Zeno.Core.Pipeline;

/// <summary>
/// One unit of the plan: a function (or source) applied for one model and transform, producing one or more columns
/// (a model call yields its output plus any extra per-model columns). Steps of the same level are independent.
/// </summary>
/// <param name="Label">How progress and errors name the step, e.g. "distill length @ nb-100".</param>
/// <param name="Key">The column the step is cached under (its primary output).</param>
/// <param name="Fingerprint">Function code, inputs and data version: a change recomputes the step.</param>
/// <param name="Level">Steps run level by level; a step reads only columns of lower levels.</param>
/// <param name="Inputs">Which model's output and transform's data the step's batches hold.</param>
/// <param name="Options">What the user's function receives as <see cref="Zeno.ZenoOptions"/>.</param>
/// <param name="Run">Calls the user's function on a batch; returns the values of each column it produced.</param>
public sealed record PipelineStep(
    string Label,
    ColumnKey Key,
    string Fingerprint,
    int Level,
    StepInputs Inputs,
    Zeno.ZenoOptions Options,
    Func<DataFrame, Zeno.ZenoOptions, StepOutput> Run);

/// <summary>What a step's batches contain beyond the data columns.</summary>
/// <param name="Model">When set, the batch holds this model's output under <see cref="Zeno.ZenoOptions.OutputColumn"/>.</param>
/// <param name="Transform">When set, the data column holds this transform's instances.</param>
/// <param name="Distills">Whether the batch holds the model-independent distill columns.</param>
/// <param name="Columns">The only columns the function reads (the id column comes too), or null for every column.</param>
public sealed record StepInputs(string? Model, string? Transform, bool Distills, IReadOnlyList<string>? Columns = null);

/// <summary>The columns a step produced for one batch, each with one value per row.</summary>
public sealed record StepOutput(IReadOnlyList<(ColumnKey Key, IReadOnlyList<object?> Values)> Columns);
