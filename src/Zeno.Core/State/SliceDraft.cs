namespace Zeno.Core.State;

/// <summary>What a create or update of a slice sends: the whole slice but its id and version.</summary>
/// <param name="Name">The name (trimmed; 1–200 characters).</param>
/// <param name="Filter">Filter-language text; a slice builder's tree is sent as <c>FilterFormatter.Format(tree)</c>.</param>
/// <param name="FolderId">A folder's id (one of the UI's, or a zeno.toml folder's), or null.</param>
public sealed record SliceDraft(string Name, string Filter, string? FolderId = null);
