using System.Data.Common;
using DuckDB.NET.Data;
using Zeno.Core.Query.Filters;

namespace Zeno.Core.State;

/// <summary>The state_slices table. Filters are kept as canonical filter text, which the formatter guarantees to parse back.</summary>
internal static class SliceRows
{
    private const string Select = "SELECT id, name, folder_id, filter, version FROM state_slices";

    public static List<Slice> All(DuckDBConnection connection) => StateSql.Query(connection, Select + " ORDER BY seq", Map);

    public static Slice? Find(DuckDBConnection connection, string id) =>
        StateSql.Query(connection, Select + " WHERE id = $id", Map, ("id", id)).SingleOrDefault();

    /// <summary>Every stored slice's name by id, without parsing filters: what reports and tests need to show names.</summary>
    public static Dictionary<string, string> Names(DuckDBConnection connection) =>
        StateSql.Query(connection, "SELECT id, name FROM state_slices", r => (Id: r.GetString(0), Name: r.GetString(1)))
            .ToDictionary(row => row.Id, row => row.Name, StringComparer.Ordinal);

    public static void Insert(DuckDBConnection connection, Slice slice, long seq) =>
        StateSql.Execute(connection, "INSERT INTO state_slices VALUES ($id, $seq, $name, $folder, $filter, $version)",
            ("id", slice.Id), ("seq", seq), ("name", slice.Name), ("folder", slice.FolderId), ("filter", slice.Filter), ("version", slice.Version));

    public static void Update(DuckDBConnection connection, Slice slice) =>
        StateSql.Execute(connection, "UPDATE state_slices SET name = $name, folder_id = $folder, filter = $filter, version = $version WHERE id = $id",
            ("id", slice.Id), ("name", slice.Name), ("folder", slice.FolderId), ("filter", slice.Filter), ("version", slice.Version));

    public static void Delete(DuckDBConnection connection, string id) =>
        StateSql.Execute(connection, "DELETE FROM state_slices WHERE id = $id", ("id", id));

    /// <summary>Moves a folder's slices to no folder; each moved slice changed, so its version grows.</summary>
    public static void LeaveFolder(DuckDBConnection connection, string folderId) =>
        StateSql.Execute(connection, "UPDATE state_slices SET folder_id = NULL, version = version + 1 WHERE folder_id = $folder", ("folder", folderId));

    private static Slice Map(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.NullableString(2), FilterParser.Parse(r.GetString(3)), r.GetInt64(4));
}
