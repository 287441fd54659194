using Zeno.Core.Config;

namespace Zeno.Core.Query.Histograms;

/// <summary>The histogram of one column.</summary>
/// <param name="Column">The column's name.</param>
/// <param name="Type">
/// How it is charted: continuous (bins), datetime (time bins), nominal (top values and "other"), boolean (true,
/// false), text (no bars but "missing": searched instead). A column whose values do not fit its type (numbers stored
/// as text, say) is charted as nominal.
/// </param>
/// <param name="Total">Rows of the whole view.</param>
/// <param name="Filtered">Rows under the filter and every selection clause not from this chart.</param>
/// <param name="Buckets">The bars in display order: bins by edge, values by total frequency, then "other" and "missing".</param>
public sealed record ColumnHistogram(string Column, ColumnType Type, long Total, long Filtered, IReadOnlyList<HistogramBucket> Buckets)
{
    /// <summary>The unit of a datetime chart's bins.</summary>
    public DateUnit? Unit { get; init; }

    /// <summary>How many units one bin of a datetime chart spans (3 hours, 5 years).</summary>
    public int? UnitStep { get; init; }
}
