using DuckDB.NET.Data;

namespace Zeno.Core.State;

/// <summary>The state_folders table.</summary>
internal static class FolderRows
{
    private const string Select = "SELECT id, name, version FROM state_folders";

    public static List<Folder> All(DuckDBConnection connection) =>
        StateSql.Query(connection, Select + " ORDER BY seq", r => new Folder(r.GetString(0), r.GetString(1), r.GetInt64(2)));

    public static Folder? Find(DuckDBConnection connection, string id) =>
        StateSql.Query(connection, Select + " WHERE id = $id", r => new Folder(r.GetString(0), r.GetString(1), r.GetInt64(2)), ("id", id))
            .SingleOrDefault();

    public static void Insert(DuckDBConnection connection, Folder folder, long seq) =>
        StateSql.Execute(connection, "INSERT INTO state_folders VALUES ($id, $seq, $name, $version)",
            ("id", folder.Id), ("seq", seq), ("name", folder.Name), ("version", folder.Version));

    public static void Update(DuckDBConnection connection, Folder folder) =>
        StateSql.Execute(connection, "UPDATE state_folders SET name = $name, version = $version WHERE id = $id",
            ("id", folder.Id), ("name", folder.Name), ("version", folder.Version));

    public static void Delete(DuckDBConnection connection, string id) =>
        StateSql.Execute(connection, "DELETE FROM state_folders WHERE id = $id", ("id", id));
}
