using Zeno.Core.Errors;

namespace Zeno.Core.Functions;

/// <summary>Some marked functions have signatures Zeno cannot call, or clash with each other; lists every one of them.</summary>
public sealed class FunctionSignatureException : ZenoException
{
    /// <summary>Creates a signature error from the problems found (at least one).</summary>
    public FunctionSignatureException(IReadOnlyList<FunctionSignatureError> errors)
        : base(Describe(errors))
    {
        if (errors.Count == 0)
            throw new ArgumentException("A signature error needs at least one problem.", nameof(errors));
        Errors = errors;
        Hint = "Zeno calls marked functions as static methods with exactly the parameters shown above.";
    }

    /// <summary>Every problem, ordered by file and line.</summary>
    public IReadOnlyList<FunctionSignatureError> Errors { get; }

    /// <summary>The first problem's method, e.g. <c>Metrics.Accuracy</c>.</summary>
    public string Method => Errors[0].Method;

    /// <summary>The first problem's declaration.</summary>
    public SourceLocation Location => Errors[0].Location;

    private static string Describe(IReadOnlyList<FunctionSignatureError> errors) =>
        string.Join(Environment.NewLine, errors.Select(error => "  " + error).Prepend(
            errors.Count == 1 ? "A Zeno function has a signature Zeno cannot call:" : $"{errors.Count} Zeno functions have signatures Zeno cannot call:"));
}
