using Zeno.Core.Store;

namespace Zeno.Core.Pipeline;

/// <summary>
/// Rows per partition when zeno.toml does not say. Partitions are the unit of parallelism, so a table is split into
/// at least <see cref="Partitions"/> of them and a small project's functions (a slow model over a few thousand rows)
/// use the cores too; a large table gets partitions of one DuckDB row group, which each commit writes straight into
/// the database file instead of through the WAL and again at the next checkpoint.
/// </summary>
public static class PartitionSize
{
    /// <summary>Partitions a table is split into at least (while they hold <see cref="MinimumRows"/>).</summary>
    public const int Partitions = 8;

    /// <summary>Fewer rows are not worth a partition's query and commit.</summary>
    public const int MinimumRows = 256;

    /// <summary>The most rows a partition holds by default: one DuckDB row group.</summary>
    public const int MaximumRows = ZenoStore.RowGroupRows;

    /// <summary>The rows per partition for a table of <paramref name="rows"/> rows.</summary>
    public static int Automatic(long rows) => (int)Math.Clamp((rows + Partitions - 1) / Partitions, MinimumRows, MaximumRows);
}
