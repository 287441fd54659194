using DuckDB.NET.Data;

namespace Zeno.Core.Store;

/// <summary>
/// The project's one embedded DuckDB database (under the cache folder): the instance table, every computed column,
/// the cache manifest and the user's state. Writes are serialised through one connection and a lock, so each partition
/// or state change is one transaction; reads open their own connections and run in parallel.
/// </summary>
public sealed partial class ZenoStore : IDisposable
{
    /// <summary>The database file's name inside the cache folder.</summary>
    public const string FileName = "zeno.duckdb";

    /// <summary>
    /// DuckDB's rows per row group. A transaction that appends whole row groups writes them straight into the database
    /// file; the rows of a partial one go through the WAL and are written again by the next checkpoint.
    /// </summary>
    public const int RowGroupRows = 122_880;

    private readonly DuckDBConnection _writer;
    private readonly Lock _writeLock = new();

    private ZenoStore(string path, DuckDBConnection writer)
    {
        DatabasePath = path;
        _writer = writer;
    }

    /// <summary>The database file.</summary>
    public string DatabasePath { get; }

    /// <summary>The cache folder the database lives in, where other caches may keep files; null for an in-memory store.</summary>
    internal string? CacheFolder => DatabasePath == ":memory:" ? null : Path.GetDirectoryName(DatabasePath);

    /// <summary>Opens (creating if needed) the store in a cache folder and brings its schema up to date.</summary>
    public static ZenoStore Open(string cacheFolder)
    {
        Directory.CreateDirectory(cacheFolder);
        var path = Path.Combine(cacheFolder, FileName);
        var connection = new DuckDBConnection($"DataSource={path}");
        try
        {
            connection.Open();
        }
        catch (Exception e)
        {
            connection.Dispose();
            throw new Errors.ZenoException(
                $"cannot open the project cache {path}: {e.Message}",
                e) { Hint = "Another zeno process may be using this project; stop it, or delete the cache folder to start afresh." };
        }
        var store = new ZenoStore(path, connection);
        // The limit is the database's, so it holds for every reader connection too.
        Execute(connection, $"SET memory_limit = '{StoreOptions.FromEnvironment().MemoryLimitMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture)}MB'");
        store.Migrate();
        return store;
    }

    /// <summary>An in-memory store, for tests and throw-away evaluations.</summary>
    internal static ZenoStore InMemory()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        var store = new ZenoStore(":memory:", connection);
        store.Migrate();
        return store;
    }

    /// <summary>
    /// Opens a connection for reading. DuckDB connections are not thread-safe, so each parallel reader takes its own;
    /// they share the database instance with the writer.
    /// </summary>
    public DuckDBConnection OpenReader()
    {
        if (DatabasePath == ":memory:")
            return _writer.Duplicate();
        var connection = new DuckDBConnection($"DataSource={DatabasePath}");
        connection.Open();
        return connection;
    }

    /// <summary>Runs <paramref name="work"/> in one transaction on the writer connection; on any exception nothing is kept.</summary>
    public T Write<T>(Func<DuckDBConnection, T> work)
    {
        lock (_writeLock)
        {
            using var transaction = _writer.BeginTransaction();
            var result = work(_writer);
            transaction.Commit();
            return result;
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction on the writer connection.</summary>
    public void Write(Action<DuckDBConnection> work) => Write(connection => { work(connection); return 0; });

    /// <summary>Runs a read on the writer connection (for short queries where opening a reader would cost more).</summary>
    public T Read<T>(Func<DuckDBConnection, T> work)
    {
        lock (_writeLock)
            return work(_writer);
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();
}
