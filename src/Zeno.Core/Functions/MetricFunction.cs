using Microsoft.Data.Analysis;

namespace Zeno.Core.Functions;

/// <summary>A user's <c>[Metric]</c>, ready to call on a slice's rows.</summary>
public sealed class MetricFunction
{
    private readonly Func<DataFrame, ZenoOptions, MetricReturn> _invoke;

    internal MetricFunction(FunctionDescriptor descriptor, Func<DataFrame, ZenoOptions, MetricReturn> invoke)
    {
        Descriptor = descriptor;
        _invoke = invoke;
    }

    /// <summary>The metric's name, place and fingerprint.</summary>
    public FunctionDescriptor Descriptor { get; }

    /// <summary>Computes the metric for a slice; the user's exceptions pass through unwrapped.</summary>
    public MetricReturn Invoke(DataFrame slice, ZenoOptions options) => _invoke(slice, options);
}
