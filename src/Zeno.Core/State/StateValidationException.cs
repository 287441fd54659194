using Zeno.Core.Errors;

namespace Zeno.Core.State;

/// <summary>
/// A create or update sent something invalid: an empty or long name, a reference to an unknown slice or folder, a test
/// outside the report's slices and metrics. Names the field. The server answers 400 (a validation problem).
/// </summary>
public sealed class StateValidationException : ZenoException
{
    /// <summary>Creates the error for a field of the draft (camelCase, as the server's JSON names it).</summary>
    public StateValidationException(string field, string message)
        : base($"{field}: {message}")
    {
        Field = field;
        Reason = message;
    }

    /// <summary>The draft field that is wrong, e.g. <c>name</c>, <c>sliceIds</c>, <c>tests[2].metric</c>.</summary>
    public string Field { get; }

    /// <summary>What is wrong, without the field.</summary>
    public string Reason { get; }
}
