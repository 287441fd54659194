namespace Zeno.Core.State;

/// <summary>What a create or update of a tag sends: the whole tag but its id and version.</summary>
/// <param name="Name">The name (trimmed; 1–200 characters).</param>
/// <param name="InstanceIds">The instance ids; duplicates are dropped.</param>
/// <param name="FolderId">A folder's id, or null.</param>
public sealed record TagDraft(string Name, IReadOnlyCollection<string> InstanceIds, string? FolderId = null);
