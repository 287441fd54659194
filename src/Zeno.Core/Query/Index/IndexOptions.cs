using System.Globalization;

namespace Zeno.Core.Query.Index;

/// <summary>How much memory the binned index may keep, and whether histograms use it.</summary>
internal sealed record IndexOptions
{
    /// <summary>The default budget: 10M rows × 20 byte-coded columns take 200 MB, a metric's flags 1.25 MB.</summary>
    public const long DefaultBudgetBytes = 1L << 30;

    /// <summary>The most bytes of codes, bitmaps and metric values kept.</summary>
    public long BudgetBytes { get; init; } = DefaultBudgetBytes;

    /// <summary>The options from <c>ZENO_INDEX_BUDGET_MB</c> (0 turns the index off), else the defaults.</summary>
    public static IndexOptions FromEnvironment() =>
        long.TryParse(Environment.GetEnvironmentVariable("ZENO_INDEX_BUDGET_MB"), NumberStyles.None, CultureInfo.InvariantCulture, out var mb)
            ? new IndexOptions { BudgetBytes = mb * 1024 * 1024 }
            : new IndexOptions();
}
