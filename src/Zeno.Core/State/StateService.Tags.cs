using DuckDB.NET.Data;

namespace Zeno.Core.State;

// Tags: named sets of instance ids, picked by hand in the instance view.
public sealed partial class StateService
{
    /// <summary>Every tag, in creation order.</summary>
    public IReadOnlyList<Tag> ListTags() => [.. Read(TagRows.All).Select(Shown)];

    /// <summary>One tag.</summary>
    /// <exception cref="StateNotFoundException">No tag has this id.</exception>
    public Tag GetTag(string id) => Read(c => FindTag(c, id)) ?? throw new StateNotFoundException(StateKind.Tag, id);

    /// <summary>Creates a tag at version 1.</summary>
    /// <exception cref="DuplicateNameException">A tag has this name.</exception>
    public Tag CreateTag(TagDraft draft)
    {
        var (name, ids) = CheckTag(draft);
        return Write(connection =>
        {
            StateNames.RequireFree(StateKind.Tag, name, null, StateSql.NameTaken(connection, "state_tags", name, null));
            RequireFolder(connection, draft.FolderId);
            var (id, seq) = StateIds.Next(connection, "t");
            var tag = new Tag(id, name, draft.FolderId, ids, 1);
            TagRows.Insert(connection, tag, seq);
            return tag;
        });
    }

    /// <summary>Replaces a tag that is at <paramref name="version"/>: name, folder and the whole set of ids.</summary>
    /// <exception cref="StaleVersionException">The tag has changed since that version; carries the current tag.</exception>
    public Tag UpdateTag(string id, long version, TagDraft draft)
    {
        var (name, ids) = CheckTag(draft);
        return Write(connection =>
        {
            var current = StateVersions.Check(StateKind.Tag, id, version, FindTag(connection, id));
            StateNames.RequireFree(StateKind.Tag, name, null, StateSql.NameTaken(connection, "state_tags", name, id));
            RequireFolder(connection, draft.FolderId);
            var updated = new Tag(id, name, draft.FolderId, ids, current.Version + 1);
            TagRows.Update(connection, updated);
            return updated;
        });
    }

    /// <summary>Deletes a tag that is at <paramref name="version"/>.</summary>
    public void DeleteTag(string id, long version) => Write(connection =>
    {
        StateVersions.Check(StateKind.Tag, id, version, FindTag(connection, id));
        TagRows.Delete(connection, id);
    });

    private Tag? FindTag(DuckDBConnection connection, string id) => TagRows.Find(connection, id) is { } tag ? Shown(tag) : null;

    private Tag Shown(Tag tag) => tag with { FolderId = _config.ShownFolder(tag.FolderId) };

    private static (string Name, IReadOnlyList<string> Ids) CheckTag(TagDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var name = StateNames.Check(draft.Name);
        var ids = draft.InstanceIds ?? [];
        if (ids.Any(string.IsNullOrEmpty))
            throw new StateValidationException("instanceIds", "an instance id cannot be empty");
        return (name, TagRows.Canonical(ids));
    }
}
