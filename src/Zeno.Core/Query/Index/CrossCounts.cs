namespace Zeno.Core.Query.Index;

/// <summary>
/// What the counting kernel needs: the rows, the charts' codes, the base row set (the filter, and clauses from
/// columns that are not charted), one row set per clause source, and which source each chart is.
/// </summary>
/// <param name="Rows">Rows of the view.</param>
/// <param name="Charts">Codes per chart.</param>
/// <param name="ChartSources">Per chart: the index of its own source among <paramref name="Sources"/>, or −1.</param>
/// <param name="Base">Rows every chart counts under.</param>
/// <param name="Sources">Per clause source: the rows all its clauses keep.</param>
/// <param name="Metric">Per-row statistics to sum per code, or null.</param>
internal sealed record CrossFilterPlan(long Rows, IReadOnlyList<CodeColumn> Charts, IReadOnlyList<int> ChartSources, RowSet Base,
    IReadOnlyList<RowSet> Sources, RowMetric? Metric);

/// <summary>The kernel's answer.</summary>
/// <param name="Filtered">Per chart and code: rows under the chart's cross-filter.</param>
/// <param name="Stats">Per chart: the metric's statistics per code (null without a metric).</param>
/// <param name="Selected">Rows under the base and every source: the selection.</param>
/// <param name="SelectionStats">The metric's statistics of the selection (code 0), or null.</param>
internal sealed record CrossCounts(long[][] Filtered, BinStats?[] Stats, long Selected, BinStats? SelectionStats);
