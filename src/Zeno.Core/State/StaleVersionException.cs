using Zeno.Core.Errors;

namespace Zeno.Core.State;

/// <summary>
/// An update or delete named a version the object has moved past: someone else changed it first. Carries the
/// current object so the caller can show it, merge and retry; the server answers 409 with it.
/// </summary>
public sealed class StaleVersionException : ZenoException
{
    /// <summary>Creates the error for an object that is now at <paramref name="current"/>'s version.</summary>
    internal StaleVersionException(StateKind kind, long givenVersion, IStateObject current)
        : base($"{kind.Word()} '{current.Name}' was changed by someone else: you edited version {givenVersion}, it is now at version {current.Version}")
    {
        Kind = kind;
        Id = current.Id;
        GivenVersion = givenVersion;
        CurrentVersion = current.Version;
        Current = current;
        Hint = "Nothing was saved. Look at the current version, reapply your change to it, and save again.";
    }

    /// <summary>The kind of the object.</summary>
    public StateKind Kind { get; }

    /// <summary>The object's id.</summary>
    public string Id { get; }

    /// <summary>The version the caller had.</summary>
    public long GivenVersion { get; }

    /// <summary>The version the object is at.</summary>
    public long CurrentVersion { get; }

    /// <summary>The object as it is now: a <see cref="Slice"/>, <see cref="Folder"/>, <see cref="Tag"/>, <see cref="Report"/> or <see cref="Chart"/>.</summary>
    public object Current { get; }
}
