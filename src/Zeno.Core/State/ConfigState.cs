using Zeno.Core.Config;
using Zeno.Core.Query.Filters;

namespace Zeno.Core.State;

/// <summary>
/// The slices, folders and tests of zeno.toml as read-only state objects, made once when the service starts (the
/// server makes a new service when the config changes). Their version is 0: they are never stored or updated.
/// </summary>
internal sealed class ConfigState
{
    public ConfigState(IReadOnlyList<SliceConfig> slices, IReadOnlyList<TestConfig> tests)
    {
        // Filters were checked when the project was validated; a bad one fails here, at start, not on first listing.
        Slices = [.. slices.Select(s => new Slice(StateIds.Config(s.Name), s.Name, s.Folder is null ? null : StateIds.Config(s.Folder),
            FilterParser.Parse(s.Filter), 0) { Source = StateSource.Config })];
        Folders = [.. slices.Select(s => s.Folder).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(name => new Folder(StateIds.Config(name), name, 0) { Source = StateSource.Config })];
        Tests = tests;
        SliceNames = new HashSet<string>([StateIds.AllInstancesName, .. slices.Select(s => s.Name)], StringComparer.Ordinal);
        FolderNames = Folders.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<Slice> Slices { get; }

    public IReadOnlyList<Folder> Folders { get; }

    public IReadOnlyList<TestConfig> Tests { get; }

    /// <summary>Names a UI slice may not take: the config's and the built-in "All instances".</summary>
    public IReadOnlySet<string> SliceNames { get; }

    public IReadOnlySet<string> FolderNames { get; }

    public Slice? FindSlice(string id) => Slices.FirstOrDefault(s => s.Id == id);

    public Folder? FindFolder(string id) => Folders.FirstOrDefault(f => f.Id == id);

    /// <summary>
    /// A stored object's folder as shown: a config folder that left zeno.toml no longer exists, so its objects show in
    /// no folder (UI folders cannot vanish that way: deleting one moves its contents in the same transaction).
    /// </summary>
    public string? ShownFolder(string? folderId) =>
        folderId is not null && StateIds.IsConfig(folderId) && FindFolder(folderId) is null ? null : folderId;
}
