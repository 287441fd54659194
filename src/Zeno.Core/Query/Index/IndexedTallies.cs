using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Metrics;

namespace Zeno.Core.Query.Index;

/// <summary>The index's answer to a histogram request: the same tallies the SQL path gives, and the metric's statistics per code when it keeps them.</summary>
/// <param name="Tallies">Counts per chart and bin, as <see cref="HistogramSql"/> gives them.</param>
/// <param name="Kind">The metric's statistics kind, when <paramref name="Stats"/> are given.</param>
/// <param name="Stats">Per chart: the metric's statistics per code (null: no metric, or one the index does not keep).</param>
/// <param name="Selection">The metric's statistics of the whole selection (null as <paramref name="Stats"/>).</param>
internal sealed record IndexedTallies(Tallies Tallies, StatisticsKind? Kind, IReadOnlyList<BinStats>? Stats, BinStats? Selection)
{
    /// <summary>The statistics of the rows chart <paramref name="chart"/> counts in code <paramref name="code"/>.</summary>
    public MetricStatistics? StatisticsOf(int chart, int code, long filtered) =>
        Stats is null || Kind is not { } kind ? null : Stats[chart].Of(kind, code, filtered);
}
