namespace Zeno.Core.State;

/// <summary>A folder of slices and tags. Folders of zeno.toml slices appear as read-only folders with config ids.</summary>
/// <param name="Id">A stable id: "f_3", or "config:NAME" for a folder named in zeno.toml.</param>
/// <param name="Name">The unique folder name.</param>
/// <param name="Version">Starts at 1 and grows with every change; updates and deletes must name the version they saw.</param>
public sealed record Folder(string Id, string Name, long Version) : IStateObject
{
    /// <summary>Made in the UI, or named by zeno.toml slices.</summary>
    public StateSource Source { get; init; } = StateSource.User;

    /// <summary>True for folders of zeno.toml, which the UI cannot rename or delete.</summary>
    public bool ReadOnly => Source == StateSource.Config;
}
