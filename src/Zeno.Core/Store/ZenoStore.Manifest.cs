using System.Globalization;
using DuckDB.NET.Data;

namespace Zeno.Core.Store;

// The cache manifest: which computed columns exist, with which fingerprint, and which partitions are done.
public sealed partial class ZenoStore
{
    /// <summary>Every computed column the store holds.</summary>
    public IReadOnlyList<ManifestEntry> Manifest() => Read(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, name, model, transform, fingerprint, table_name, partitions, value_type FROM manifest ORDER BY column_key";
        using var reader = command.ExecuteReader();
        var entries = new List<ManifestEntry>();
        while (reader.Read())
        {
            var key = new ColumnKey(
                Enum.Parse<ColumnKind>(reader.GetString(0)),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3));
            entries.Add(new ManifestEntry(key, reader.GetString(4), reader.GetString(5), reader.GetInt32(6), Enum.Parse<StoredType>(reader.GetString(7))));
        }
        return entries;
    });

    /// <summary>The tables of computed columns that some partitions are still missing from (the pipeline is filling them).</summary>
    public IReadOnlySet<string> IncompleteTables() => Read(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT m.table_name FROM manifest m
            WHERE m.partitions > (SELECT count(*) FROM partitions p WHERE p.column_key = m.column_key)
            """;
        using var reader = command.ExecuteReader();
        var tables = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
            tables.Add(reader.GetString(0));
        return tables;
    });

    /// <summary>The manifest entry of a column, or null when it was never computed.</summary>
    public ManifestEntry? FindColumn(ColumnKey key) => Manifest().FirstOrDefault(entry => entry.Key == key);

    /// <summary>
    /// Makes the store ready to hold <paramref name="key"/> computed with <paramref name="fingerprint"/>. When the
    /// manifest already has that fingerprint and partitioning, the partitions done so far are kept (a resumed or
    /// unchanged run); otherwise the old values are dropped in the same transaction as the new manifest entry.
    /// Returns the partitions that are already complete.
    /// </summary>
    public IReadOnlySet<int> PrepareColumn(ColumnKey key, string fingerprint, int partitions)
    {
        var existing = FindColumn(key);
        if (existing is not null && existing.Fingerprint == fingerprint && existing.Partitions == partitions)
            return CompletedPartitions(key);
        Write(connection =>
        {
            if (existing is not null)
                DropColumn(connection, existing);
            var table = "computed_" + NextTableNumber(connection).ToString(CultureInfo.InvariantCulture);
            Execute(connection,
                "INSERT INTO manifest VALUES ($key, $kind, $name, $model, $transform, $fingerprint, $table, $partitions, $type)",
                ("key", key.ToString()), ("kind", key.Kind.ToString()), ("name", key.Name), ("model", key.Model),
                ("transform", key.Transform), ("fingerprint", fingerprint), ("table", table), ("partitions", partitions),
                ("type", StoredType.Null.ToString()));
            Execute(connection, $"CREATE TABLE {table} (zeno_row BIGINT NOT NULL, value VARCHAR)");
        });
        return new HashSet<int>();
    }

    /// <summary>The partitions of a column that are committed.</summary>
    public IReadOnlySet<int> CompletedPartitions(ColumnKey key) => Read(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT partition FROM partitions WHERE column_key = $key";
        command.Parameters.Add(new DuckDBParameter("key", key.ToString()));
        using var reader = command.ExecuteReader();
        var done = new HashSet<int>();
        while (reader.Read())
            done.Add(reader.GetInt32(0));
        return done;
    });

    /// <summary>Forgets computed columns that the current project no longer has (a removed function or model).</summary>
    public void RemoveColumnsExcept(IReadOnlySet<ColumnKey> keep)
    {
        var stale = Manifest().Where(entry => !keep.Contains(entry.Key)).ToList();
        if (stale.Count == 0)
            return;
        Write(connection =>
        {
            foreach (var entry in stale)
                DropColumn(connection, entry);
        });
    }

    private static void DropColumn(DuckDBConnection connection, ManifestEntry entry)
    {
        Execute(connection, $"DROP TABLE IF EXISTS {entry.TableName}");
        Execute(connection, "DELETE FROM partitions WHERE column_key = $key", ("key", entry.Key.ToString()));
        Execute(connection, "DELETE FROM function_errors WHERE column_key = $key", ("key", entry.Key.ToString()));
        Execute(connection, "DELETE FROM manifest WHERE column_key = $key", ("key", entry.Key.ToString()));
    }

    private static long NextTableNumber(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT nextval('computed_table_seq')";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
