namespace Zeno.Core.State;

/// <summary>A named set of instances picked by hand (filters read it as <c>@id in [...]</c>).</summary>
/// <param name="Id">A stable id, e.g. "t_5".</param>
/// <param name="Name">The unique tag name.</param>
/// <param name="FolderId">The folder it is shown in, or null.</param>
/// <param name="InstanceIds">The instance ids, distinct and in ordinal order (a set with a stable order).</param>
/// <param name="Version">Starts at 1 and grows with every change; updates and deletes must name the version they saw.</param>
public sealed record Tag(string Id, string Name, string? FolderId, IReadOnlyList<string> InstanceIds, long Version) : IStateObject
{
    /// <summary>Equal when every field is; records alone would compare the id lists by reference.</summary>
    public bool Equals(Tag? other) =>
        other is not null && Id == other.Id && Name == other.Name && FolderId == other.FolderId && Version == other.Version
        && InstanceIds.SequenceEqual(other.InstanceIds, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version, InstanceIds.Count);
}
