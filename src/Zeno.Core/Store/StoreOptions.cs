using System.Globalization;

namespace Zeno.Core.Store;

/// <summary>How much memory the store's DuckDB may hold before it spills to disk (next to the database file).</summary>
internal sealed record StoreOptions
{
    /// <summary>The environment variable that sets <see cref="MemoryLimitMegabytes"/>.</summary>
    public const string MemoryVariable = "ZENO_DUCKDB_MEMORY_MB";

    /// <summary>
    /// DuckDB's memory limit in megabytes. DuckDB's own default is 80% of the machine, which leaves too little for the
    /// server's heap and the index beside it; half is the default here.
    /// </summary>
    public long MemoryLimitMegabytes { get; init; } = DefaultMegabytes(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);

    /// <summary>Half of <paramref name="machineBytes"/>, and at least 256 MB.</summary>
    public static long DefaultMegabytes(long machineBytes) => Math.Max(256, machineBytes / 2 / (1024 * 1024));

    /// <summary>The options from <see cref="MemoryVariable"/> (a whole number of megabytes, at least 1), else the defaults.</summary>
    public static StoreOptions From(string? memoryMegabytes) =>
        long.TryParse(memoryMegabytes, NumberStyles.None, CultureInfo.InvariantCulture, out var mb) && mb > 0
            ? new StoreOptions { MemoryLimitMegabytes = mb }
            : new StoreOptions();

    /// <summary>The options from the environment.</summary>
    public static StoreOptions FromEnvironment() => From(Environment.GetEnvironmentVariable(MemoryVariable));
}
