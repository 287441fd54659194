namespace Zeno.Core.Query.Histograms;

/// <summary>The metadata panel's charts for one request.</summary>
/// <param name="Total">Rows of the view.</param>
/// <param name="Filtered">Rows under the filter and every selection clause: the current selection's size.</param>
/// <param name="Columns">One histogram per requested column, in request order.</param>
public sealed record HistogramResponse(long Total, long Filtered, IReadOnlyList<ColumnHistogram> Columns)
{
    /// <summary>The request's metric on the selection (null: undefined, or no metric asked for).</summary>
    public double? Metric { get; init; }
}
