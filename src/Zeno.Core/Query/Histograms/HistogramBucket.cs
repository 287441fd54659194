using Zeno.Core.Query.Filters;

namespace Zeno.Core.Query.Histograms;

/// <summary>One bar of a histogram.</summary>
/// <param name="Label">What the bar is called: "[0, 5)", "2024-01", "cat", "true", "other", "missing".</param>
/// <param name="Kind">What the bucket holds.</param>
/// <param name="Filter">
/// The rows of the bucket as a filter, so a click becomes a selection clause: <c>x &gt;= 0 and x &lt; 5</c> (the first
/// bin is <c>x &lt; e1</c> and the last <c>x &gt;= e</c>, so the bins cover every value, NaN and infinities too),
/// <c>label == "cat"</c>, <c>label not in [...]</c> for "other", <c>x == null</c> for "missing".
/// </param>
/// <param name="Total">Rows of the whole view in the bucket.</param>
/// <param name="Filtered">Rows in the bucket under the filter and every selection clause not from this chart.</param>
public sealed record HistogramBucket(string Label, BucketKind Kind, Predicate Filter, long Total, long Filtered)
{
    /// <summary><see cref="Filter"/> in the filter language.</summary>
    public string FilterText => FilterFormatter.Format(Filter);

    /// <summary>The lower edge of a numeric range.</summary>
    public double? Low { get; init; }

    /// <summary>The upper edge of a numeric range.</summary>
    public double? High { get; init; }

    /// <summary>The start of a time range.</summary>
    public DateTime? Start { get; init; }

    /// <summary>The end of a time range.</summary>
    public DateTime? End { get; init; }

    /// <summary>The request's metric on the bucket's filtered rows (null: undefined, or no metric asked for).</summary>
    public double? Metric { get; init; }
}
