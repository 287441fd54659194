namespace Zeno.Core.Functions;

/// <summary>The four roles a user function can play, decided by its attribute.</summary>
public enum FunctionKind
{
    /// <summary>A <c>[Model]</c> factory: model name → function that returns outputs for a batch.</summary>
    Model,
    /// <summary>A <c>[Metric]</c>: a slice's rows → one number.</summary>
    Metric,
    /// <summary>A <c>[Distill]</c>: a batch → one new metadata value per row.</summary>
    Distill,
    /// <summary>A <c>[Transform]</c>: a batch → one modified instance per row.</summary>
    Transform,
}
