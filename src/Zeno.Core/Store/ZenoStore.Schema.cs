using DuckDB.NET.Data;

namespace Zeno.Core.Store;

// The store's own tables and their migrations. Each migration runs in one transaction with the version bump, so a
// crash mid-migration leaves the previous version intact.
public sealed partial class ZenoStore
{
    /// <summary>The schema version this build writes.</summary>
    public const int SchemaVersion = 2;

    // Internal so a test can build a database that stops at an older version and check the upgrade keeps its data.
    internal static readonly string[][] Migrations =
    [
        // 1: cache manifest, partitions, function errors, metric cache.
        [
            """
            CREATE TABLE manifest (
                column_key VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, name VARCHAR NOT NULL, model VARCHAR,
                transform VARCHAR, fingerprint VARCHAR NOT NULL, table_name VARCHAR NOT NULL, partitions INTEGER NOT NULL,
                value_type VARCHAR NOT NULL)
            """,
            """
            CREATE TABLE partitions (
                column_key VARCHAR NOT NULL, partition INTEGER NOT NULL, row_count INTEGER NOT NULL, failed INTEGER NOT NULL,
                PRIMARY KEY (column_key, partition))
            """,
            """
            CREATE TABLE function_errors (
                column_key VARCHAR NOT NULL, partition INTEGER NOT NULL, row_id VARCHAR NOT NULL,
                error_type VARCHAR NOT NULL, message VARCHAR NOT NULL)
            """,
            "CREATE TABLE metric_cache (cache_key VARCHAR PRIMARY KEY, value DOUBLE, size BIGINT NOT NULL)",
            "CREATE SEQUENCE computed_table_seq START 1",
        ],
        // 2: the user's state (slices, folders, tags, reports, their tests and charts). Every row carries a version
        // for optimistic concurrency and a seq (from state_id_seq, also the number in its id) that orders lists by
        // creation. Names are unique per collection, but not by a UNIQUE index: DuckDB checks an index eagerly when an
        // update rewrites an indexed column, and uniqueness must include the config's read-only slices anyway. The
        // state service checks names and references inside the write transaction, under the store's write lock.
        // Child tables have no keys for the same reason: a report's slices and tests are rewritten as a whole.
        [
            "CREATE SEQUENCE state_id_seq START 1",
            "CREATE TABLE state_folders (id VARCHAR PRIMARY KEY, seq BIGINT NOT NULL, name VARCHAR NOT NULL, version BIGINT NOT NULL)",
            """
            CREATE TABLE state_slices (
                id VARCHAR PRIMARY KEY, seq BIGINT NOT NULL, name VARCHAR NOT NULL, folder_id VARCHAR, filter VARCHAR NOT NULL,
                version BIGINT NOT NULL)
            """,
            """
            CREATE TABLE state_tags (
                id VARCHAR PRIMARY KEY, seq BIGINT NOT NULL, name VARCHAR NOT NULL, folder_id VARCHAR, version BIGINT NOT NULL)
            """,
            "CREATE TABLE state_tag_instances (tag_id VARCHAR NOT NULL, instance_id VARCHAR NOT NULL)",
            """
            CREATE TABLE state_reports (
                id VARCHAR PRIMARY KEY, seq BIGINT NOT NULL, name VARCHAR NOT NULL, metrics VARCHAR NOT NULL, models VARCHAR NOT NULL,
                transform VARCHAR, version BIGINT NOT NULL)
            """,
            "CREATE TABLE state_report_slices (report_id VARCHAR NOT NULL, position INTEGER NOT NULL, slice_id VARCHAR NOT NULL)",
            """
            CREATE TABLE state_report_tests (
                report_id VARCHAR NOT NULL, position INTEGER NOT NULL, slice_id VARCHAR NOT NULL, metric VARCHAR NOT NULL,
                expect VARCHAR NOT NULL)
            """,
            """
            CREATE TABLE state_charts (
                id VARCHAR PRIMARY KEY, seq BIGINT NOT NULL, report_id VARCHAR NOT NULL, name VARCHAR NOT NULL, type VARCHAR NOT NULL,
                encoding VARCHAR NOT NULL, version BIGINT NOT NULL)
            """,
        ],
    ];

    private void Migrate()
    {
        Write(connection => Execute(connection, "CREATE TABLE IF NOT EXISTS zeno_meta (key VARCHAR PRIMARY KEY, value VARCHAR)"));
        var current = int.Parse(GetMeta("schema_version") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        if (current > SchemaVersion)
            throw new Errors.ZenoException(
                $"the project cache {DatabasePath} was written by a newer Zeno (schema {current}, this one knows {SchemaVersion})")
            { Hint = "Upgrade Zeno, or delete the cache folder to rebuild it with this version." };
        for (var version = current + 1; version <= SchemaVersion; version++)
        {
            var statements = Migrations[version - 1];
            var target = version;
            Write(connection =>
            {
                foreach (var sql in statements)
                    Execute(connection, sql);
                SetMeta(connection, "schema_version", target.ToString(System.Globalization.CultureInfo.InvariantCulture));
            });
        }
    }

    /// <summary>Reads a value of the store's key/value metadata.</summary>
    public string? GetMeta(string key) => Read(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM zeno_meta WHERE key = $key";
        command.Parameters.Add(new DuckDBParameter("key", key));
        return command.ExecuteScalar() as string;
    });

    /// <summary>Sets a metadata value inside a write transaction.</summary>
    internal static void SetMeta(DuckDBConnection connection, string key, string? value)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO zeno_meta VALUES ($key, $value)";
        command.Parameters.Add(new DuckDBParameter("key", key));
        command.Parameters.Add(new DuckDBParameter("value", value));
        command.ExecuteNonQuery();
    }

    internal static void Execute(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.Add(new DuckDBParameter(name, value));
        command.ExecuteNonQuery();
    }
}
