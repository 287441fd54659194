using System.Collections;

namespace Zeno;

/// <summary>A model's answer for a batch: one output per row, and optionally embeddings and extra per-model columns.</summary>
public sealed class ModelReturn
{
    /// <summary>Creates a model return from one output per row, in the batch's order.</summary>
    public ModelReturn(IEnumerable outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        Outputs = ValueList.From(outputs);
    }

    /// <summary>One output per row of the batch, in order (a class label, a number, a text, a file path).</summary>
    public IReadOnlyList<object?> Outputs { get; }

    /// <summary>Optional embedding vectors, one per row.</summary>
    public IReadOnlyList<float[]>? Embeddings { get; init; }

    /// <summary>Optional extra per-model columns (e.g. confidence), each with one value per row.</summary>
    public IReadOnlyDictionary<string, IEnumerable>? Columns { get; init; }
}
