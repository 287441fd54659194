using Zeno.Core.Errors;

namespace Zeno.Core.State;

/// <summary>Another object of the same collection already has this name (possibly one of zeno.toml). The server answers 409.</summary>
public sealed class DuplicateNameException : ZenoException
{
    /// <summary>Creates the error; <paramref name="inConfig"/> says the name is taken by zeno.toml.</summary>
    public DuplicateNameException(StateKind kind, string name, bool inConfig = false)
        : base(kind == StateKind.Slice && name == StateIds.AllInstancesName
            ? $"'{name}' is the built-in slice of every row; choose another name"
            : inConfig
            ? $"a {kind.Word()} named '{name}' is declared in zeno.toml; choose another name"
            : $"a {kind.Word()} named '{name}' already exists; choose another name")
    {
        Kind = kind;
        Name = name;
        InConfig = inConfig;
    }

    /// <summary>The collection.</summary>
    public StateKind Kind { get; }

    /// <summary>The name that is taken.</summary>
    public string Name { get; }

    /// <summary>True when the name is taken by an entry of zeno.toml (or is the built-in "All instances").</summary>
    public bool InConfig { get; }
}
