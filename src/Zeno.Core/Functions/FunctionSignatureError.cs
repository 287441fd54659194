using Zeno.Core.Errors;

namespace Zeno.Core.Functions;

/// <summary>One user function whose declaration Zeno cannot call, with the signature it expects instead.</summary>
/// <param name="Method">The method as written, e.g. <c>Metrics.Accuracy</c>.</param>
/// <param name="Location">Where the method is declared.</param>
/// <param name="Problem">What is wrong, e.g. "is an instance method".</param>
/// <param name="Expected">The signature that works, e.g. <c>static MetricReturn Name(DataFrame slice, ZenoOptions options)</c>.</param>
public readonly record struct FunctionSignatureError(string Method, SourceLocation Location, string Problem, string Expected)
{
    /// <summary>"path:line: Metrics.Accuracy is an instance method; expected: static MetricReturn ...".</summary>
    public override string ToString() => $"{Location}: {Method} {Problem}; expected: {Expected}";
}
