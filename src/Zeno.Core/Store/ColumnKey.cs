namespace Zeno.Core.Store;

/// <summary>What a computed column is: the cache key of everything the pipeline stores.</summary>
/// <param name="Kind">Which kind of function (or source) produced it.</param>
/// <param name="Name">The distill, transform or per-model column name; the model name for outputs.</param>
/// <param name="Model">The model it belongs to, or null for model-independent columns.</param>
/// <param name="Transform">The transform whose instances it was computed on, or null for the originals.</param>
public sealed record ColumnKey(ColumnKind Kind, string Name, string? Model = null, string? Transform = null)
{
    /// <summary>A stable text form, used as the store's primary key and in messages.</summary>
    public override string ToString() =>
        $"{Kind.ToString().ToLowerInvariant()}:{Name}" +
        (Model is null ? "" : $"@{Model}") +
        (Transform is null ? "" : $"~{Transform}");

    /// <summary>The model output column of a model, on the original or transformed instances.</summary>
    public static ColumnKey Output(string model, string? transform = null) => new(ColumnKind.Output, "output", model, transform);
}

/// <summary>The kinds of computed columns.</summary>
public enum ColumnKind
{
    /// <summary>A model's output.</summary>
    Output,
    /// <summary>An extra per-model column returned by the model function or read from a predictions file.</summary>
    ModelColumn,
    /// <summary>A model's embedding vectors.</summary>
    Embedding,
    /// <summary>A distilled metadata column.</summary>
    Distill,
    /// <summary>Transformed instances (the new data column).</summary>
    TransformData,
}
