using System.Globalization;

namespace Zeno.Core.Store;

// DuckDB runs each query on all of the machine's cores. The pipeline already keeps every core busy with a partition of
// its own, and DuckDB's workers on top of those only contend for the same cores: on 2 cores a partition's commit took
// about 30 ms with DuckDB's default against 20 ms with one thread per query.
public sealed partial class ZenoStore
{
    /// <summary>
    /// Runs every query of the database on one thread until the returned scope is disposed, which restores the thread
    /// count it found. The setting is the database's: queries on every connection (the server's too) are affected.
    /// </summary>
    public IDisposable OneThreadPerQuery()
    {
        var previous = Read(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT current_setting('threads')";
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        });
        SetThreads(1);
        return new ThreadsScope(this, previous);
    }

    // SET takes no parameters; the count is a number this class formats.
    private void SetThreads(long threads) =>
        Read(connection =>
        {
            Execute(connection, $"SET threads = {threads.ToString(CultureInfo.InvariantCulture)}");
            return 0;
        });

    private sealed class ThreadsScope(ZenoStore store, long threads) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                store.SetThreads(threads);
        }
    }
}
