using Microsoft.Data.Analysis;
using Zeno.Core.Errors;

namespace Zeno.Core.Functions;

/// <summary>A user's <c>[Distill]</c>, ready to call on a batch.</summary>
public sealed class DistillFunction
{
    private readonly Func<DataFrame, ZenoOptions, DistillReturn?> _invoke;

    internal DistillFunction(FunctionDescriptor descriptor, Func<DataFrame, ZenoOptions, DistillReturn?> invoke)
    {
        Descriptor = descriptor;
        _invoke = invoke;
    }

    /// <summary>The distill's name, place, fingerprint and whether it depends on the model.</summary>
    public FunctionDescriptor Descriptor { get; }

    /// <summary>Computes the new column's values for a batch; the user's exceptions pass through unwrapped.</summary>
    public DistillReturn Invoke(DataFrame batch, ZenoOptions options) =>
        _invoke(batch, options) ?? throw new ZenoException($"The {Descriptor} returned null instead of a DistillReturn.");
}
