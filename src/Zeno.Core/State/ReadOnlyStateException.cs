using Zeno.Core.Errors;

namespace Zeno.Core.State;

/// <summary>A write to an object declared in zeno.toml, which the UI shows but cannot change. The server answers 403.</summary>
public sealed class ReadOnlyStateException : ZenoException
{
    /// <summary>Creates the error for the config object with this id.</summary>
    public ReadOnlyStateException(StateKind kind, string id)
        : base($"{kind.Word()} '{id[StateIds.ConfigPrefix.Length..]}' is declared in zeno.toml and cannot be changed here")
    {
        Kind = kind;
        Id = id;
        Hint = "Edit zeno.toml to change it, or make a copy in the UI under another name.";
    }

    /// <summary>The kind of the object.</summary>
    public StateKind Kind { get; }

    /// <summary>The object's config id ("config:NAME").</summary>
    public string Id { get; }
}
