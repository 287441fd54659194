using Zeno.Core.Errors;

namespace Zeno.Core.State;

/// <summary>No object of this kind has this id (it never existed, or was deleted). The server answers 404.</summary>
public sealed class StateNotFoundException : ZenoException
{
    /// <summary>Creates the error for a kind and id.</summary>
    public StateNotFoundException(StateKind kind, string id)
        : base($"there is no {kind.Word()} with id '{id}'")
    {
        Kind = kind;
        Id = id;
        Hint = "It may have been deleted in another tab or by another person; reload the list.";
    }

    /// <summary>The kind looked for.</summary>
    public StateKind Kind { get; }

    /// <summary>The id that was not found.</summary>
    public string Id { get; }
}
