using Zeno.Core.Query.Filters;

namespace Zeno.Core.State;

/// <summary>A named filter, made in the UI or declared in zeno.toml.</summary>
/// <param name="Id">A stable id: "s_12", or "config:NAME" for a slice of zeno.toml.</param>
/// <param name="Name">The unique slice name (unique across the UI's and zeno.toml's slices).</param>
/// <param name="FolderId">The folder it is shown in, or null.</param>
/// <param name="Predicate">The filter as a tree.</param>
/// <param name="Version">Starts at 1 and grows with every change; updates and deletes must name the version they saw.</param>
public sealed record Slice(string Id, string Name, string? FolderId, Predicate Predicate, long Version) : IStateObject
{
    /// <summary>The filter in canonical filter-language text, which is how the store keeps it.</summary>
    public string Filter => FilterFormatter.Format(Predicate);

    /// <summary>Made in the UI, or declared in zeno.toml.</summary>
    public StateSource Source { get; init; } = StateSource.User;

    /// <summary>True for slices of zeno.toml, which the UI cannot change.</summary>
    public bool ReadOnly => Source == StateSource.Config;
}
