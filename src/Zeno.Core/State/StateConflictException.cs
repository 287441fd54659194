using Zeno.Core.Errors;

namespace Zeno.Core.State;

/// <summary>
/// A change would break other objects: deleting a slice that reports use. The caller can retry with
/// <c>force: true</c>, which removes the slice from those reports as well. The server answers 409.
/// </summary>
public sealed class StateConflictException : ZenoException
{
    /// <summary>Creates the error for the object <paramref name="target"/>, used by <paramref name="usedBy"/>.</summary>
    public StateConflictException(StateRef target, IReadOnlyList<StateRef> usedBy)
        : base($"{target.Kind.Word()} '{target.Name}' is used by {Describe(usedBy)}")
    {
        Target = target;
        UsedBy = usedBy;
        Hint = $"Remove it from {(usedBy.Count == 1 ? "that report" : "those reports")} first, or delete with force to remove it from them too (with its tests there).";
    }

    /// <summary>The object the change was about.</summary>
    public StateRef Target { get; }

    /// <summary>The objects that use it (reports), with their names.</summary>
    public IReadOnlyList<StateRef> UsedBy { get; }

    private static string Describe(IReadOnlyList<StateRef> usedBy) =>
        (usedBy.Count == 1 ? "report " : "reports ") + string.Join(", ", usedBy.Select(r => $"'{r.Name}'"));
}
