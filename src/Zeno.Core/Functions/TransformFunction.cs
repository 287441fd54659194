using Microsoft.Data.Analysis;
using Zeno.Core.Errors;

namespace Zeno.Core.Functions;

/// <summary>A user's <c>[Transform]</c>, ready to call on a batch.</summary>
public sealed class TransformFunction
{
    private readonly Func<DataFrame, ZenoOptions, TransformReturn?> _invoke;

    internal TransformFunction(FunctionDescriptor descriptor, Func<DataFrame, ZenoOptions, TransformReturn?> invoke)
    {
        Descriptor = descriptor;
        _invoke = invoke;
    }

    /// <summary>The transform's name, place and fingerprint.</summary>
    public FunctionDescriptor Descriptor { get; }

    /// <summary>Computes the modified instances of a batch; the user's exceptions pass through unwrapped.</summary>
    public TransformReturn Invoke(DataFrame batch, ZenoOptions options) =>
        _invoke(batch, options) ?? throw new ZenoException($"The {Descriptor} returned null instead of a TransformReturn.");
}
