using DuckDB.NET.Data;

namespace Zeno.Core.State;

/// <summary>The state_tags table and its instance ids (state_tag_instances, one row per id, so SQL can join tags to instances).</summary>
internal static class TagRows
{
    public static List<Tag> All(DuckDBConnection connection) => Load(connection, null);

    public static Tag? Find(DuckDBConnection connection, string id) => Load(connection, id).SingleOrDefault();

    public static void Insert(DuckDBConnection connection, Tag tag, long seq)
    {
        StateSql.Execute(connection, "INSERT INTO state_tags VALUES ($id, $seq, $name, $folder, $version)",
            ("id", tag.Id), ("seq", seq), ("name", tag.Name), ("folder", tag.FolderId), ("version", tag.Version));
        InsertInstances(connection, tag);
    }

    public static void Update(DuckDBConnection connection, Tag tag)
    {
        StateSql.Execute(connection, "UPDATE state_tags SET name = $name, folder_id = $folder, version = $version WHERE id = $id",
            ("id", tag.Id), ("name", tag.Name), ("folder", tag.FolderId), ("version", tag.Version));
        StateSql.Execute(connection, "DELETE FROM state_tag_instances WHERE tag_id = $id", ("id", tag.Id));
        InsertInstances(connection, tag);
    }

    public static void Delete(DuckDBConnection connection, string id)
    {
        StateSql.Execute(connection, "DELETE FROM state_tag_instances WHERE tag_id = $id", ("id", id));
        StateSql.Execute(connection, "DELETE FROM state_tags WHERE id = $id", ("id", id));
    }

    /// <summary>Moves a folder's tags to no folder; each moved tag changed, so its version grows.</summary>
    public static void LeaveFolder(DuckDBConnection connection, string folderId) =>
        StateSql.Execute(connection, "UPDATE state_tags SET folder_id = NULL, version = version + 1 WHERE folder_id = $folder", ("folder", folderId));

    private static List<Tag> Load(DuckDBConnection connection, string? id)
    {
        // DuckDB refuses parameters a statement does not use, so the id is bound only when filtering by it.
        (string, object?)[] parameters = id is null ? [] : [("id", id)];
        var instances = StateSql.Query(connection,
                "SELECT tag_id, instance_id FROM state_tag_instances" + (id is null ? "" : " WHERE tag_id = $id"),
                r => (Tag: r.GetString(0), Instance: r.GetString(1)), parameters)
            .ToLookup(row => row.Tag, row => row.Instance, StringComparer.Ordinal);
        return StateSql.Query(connection,
            "SELECT id, name, folder_id, version FROM state_tags" + (id is null ? " ORDER BY seq" : " WHERE id = $id"),
            r => new Tag(r.GetString(0), r.GetString(1), r.NullableString(2), Canonical(instances[r.GetString(0)]), r.GetInt64(3)),
            parameters);
    }

    /// <summary>A set with a stable order: distinct, ordinal.</summary>
    public static IReadOnlyList<string> Canonical(IEnumerable<string> ids) => [.. ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    // The appender writes thousands of ids far faster than one INSERT each, inside the same transaction.
    private static void InsertInstances(DuckDBConnection connection, Tag tag)
    {
        using var appender = connection.CreateAppender("state_tag_instances");
        foreach (var instance in tag.InstanceIds)
            appender.CreateRow().AppendValue(tag.Id).AppendValue(instance).EndRow();
    }
}
