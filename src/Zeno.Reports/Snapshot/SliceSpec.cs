using Zeno.Core.Query.Filters;
using Zeno.Core.State;

namespace Zeno.Reports.Snapshot;

/// <summary>A slice to put in a table: its id, current name and folder, and its filter (null: every instance).</summary>
internal sealed record SliceSpec(string Id, string Name, string? Folder, Predicate? Filter, bool Missing)
{
    /// <summary>The filter in canonical filter-language text; empty for every instance.</summary>
    public string FilterText => Filter is null ? "" : FilterFormatter.Format(Filter);

    /// <summary>Every instance, as reports and tests name it.</summary>
    public static SliceSpec AllInstances { get; } = new(StateIds.AllInstances, StateIds.AllInstancesName, null, null, false);
}

/// <summary>Turns slice ids into <see cref="SliceSpec"/>s against the saved state and zeno.toml, with folder names.</summary>
internal static class SliceSpecs
{
    /// <summary>A report's slices in its order; a slice that is gone stays in the list, marked missing.</summary>
    public static IReadOnlyList<SliceSpec> Of(StateService state, IEnumerable<StateRef> slices)
    {
        var existing = state.ListSlices().ToDictionary(slice => slice.Id, StringComparer.Ordinal);
        var folders = Folders(state);
        return [.. slices.Select(reference =>
            reference.Id == StateIds.AllInstances ? SliceSpec.AllInstances
            : existing.TryGetValue(reference.Id, out var slice) ? Spec(slice, folders)
            : new SliceSpec(reference.Id, reference.Name, null, null, Missing: true))];
    }

    /// <summary>"All instances", then every slice of zeno.toml and of the UI: the Analysis page's default rows.</summary>
    public static IReadOnlyList<SliceSpec> Every(StateService state)
    {
        var folders = Folders(state);
        return [SliceSpec.AllInstances, .. state.ListSlices().Select(slice => Spec(slice, folders))];
    }

    /// <summary>The slices with these ids, in this order.</summary>
    /// <exception cref="StateNotFoundException">An id names no slice.</exception>
    public static IReadOnlyList<SliceSpec> FromIds(StateService state, IEnumerable<string> ids)
    {
        var folders = Folders(state);
        return [.. ids.Select(id => id == StateIds.AllInstances ? SliceSpec.AllInstances : Spec(state.GetSlice(id), folders))];
    }

    private static SliceSpec Spec(Slice slice, IReadOnlyDictionary<string, string> folders) =>
        new(slice.Id, slice.Name, slice.FolderId is null ? null : folders.GetValueOrDefault(slice.FolderId), slice.Predicate, false);

    private static Dictionary<string, string> Folders(StateService state) =>
        state.ListFolders().ToDictionary(folder => folder.Id, folder => folder.Name, StringComparer.Ordinal);
}
