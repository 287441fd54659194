using Zeno.Core.Query.Metrics;

namespace Zeno.Core.Query.Histograms;

/// <summary>
/// Falcon's index for brushing one chart (the active one): for every other chart, its rows per (active bar, own bar)
/// under its cross-filter without the active chart's clause. A brush over active bars [i, j) gives a chart's filtered
/// counts as the sum of rows i..j−1 of its cells, so the browser redraws every chart per frame without asking the
/// server. Cells are row-major: cell (a, p) of a chart with P bars is at a × P + p. Bars are in display order, as
/// <see cref="HistogramEngine.Compute"/> lists them for the same layout.
/// </summary>
/// <param name="Active">The brushed chart's column.</param>
/// <param name="ActiveBuckets">Its bars' labels.</param>
/// <param name="Selection">Per active bar: the rows under every clause but the active chart's (the selection once brushed there).</param>
/// <param name="Charts">Every other requested chart.</param>
public sealed record BrushIndex(string Active, IReadOnlyList<string> ActiveBuckets, BrushCells Selection, IReadOnlyList<BrushChart> Charts)
{
    /// <summary>The statistics the cells carry for the request's metric; null when it has none or the index does not keep them.</summary>
    public StatisticsKind? MetricKind { get; init; }
}

/// <summary>One passive chart of a <see cref="BrushIndex"/>.</summary>
/// <param name="Column">Its column.</param>
/// <param name="Buckets">Its bars' labels, in display order.</param>
/// <param name="Cells">Rows (and metric statistics) per (active bar, bar).</param>
public sealed record BrushChart(string Column, IReadOnlyList<string> Buckets, BrushCells Cells);

/// <summary>Rows per cell and, with a metric, its sufficient statistics per cell (see <see cref="MetricStatistics"/>).</summary>
/// <param name="Rows">Rows per cell.</param>
public sealed record BrushCells(IReadOnlyList<long> Rows)
{
    /// <summary>Rows whose output matches the label (accuracy, error rate, exact match).</summary>
    public IReadOnlyList<long>? Correct { get; init; }

    /// <summary>Rows with a number (mean: the column; MAE/RMSE: output − label).</summary>
    public IReadOnlyList<long>? Present { get; init; }

    /// <summary>Σ of the numbers; null where not finite.</summary>
    public IReadOnlyList<double?>? Sum { get; init; }

    /// <summary>Σ of their absolute values; null where not finite.</summary>
    public IReadOnlyList<double?>? SumAbs { get; init; }

    /// <summary>Σ of their squares; null where not finite.</summary>
    public IReadOnlyList<double?>? SumSquares { get; init; }

    /// <summary>Σ edit distance between label and output (WER: in words; CER: in characters).</summary>
    public IReadOnlyList<long>? Edits { get; init; }

    /// <summary>Σ the labels' lengths, in the same units: WER and CER are Σ edits ÷ Σ reference length.</summary>
    public IReadOnlyList<long>? ReferenceLength { get; init; }
}
