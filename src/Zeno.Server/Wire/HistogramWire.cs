using Zeno.Core.Config;
using Zeno.Core.Query.Histograms;

namespace Zeno.Server.Wire;

/// <summary>
/// Histograms for the metadata panel: the columns to chart, the base selection (slices, tags, filter), the charts'
/// selection clauses (a chart's own clause does not filter that chart), and optionally a metric per bucket.
/// </summary>
public record HistogramsRequest
{
    /// <summary>The columns to chart (default: every column).</summary>
    public IReadOnlyList<string>? Columns { get; init; }
    /// <summary>The base selection: applies to every chart.</summary>
    public FilterSpec? Where { get; init; }
    /// <summary>Clauses from the charts, each tagged with the column it came from.</summary>
    public IReadOnlyList<SelectionWire>? Selections { get; init; }
    /// <summary>Whose output and per-model columns (default: the latest model).</summary>
    public string? Model { get; init; }
    /// <summary>The transform, or null for the original instances.</summary>
    public string? Transform { get; init; }
    /// <summary>A metric to compute per bucket, by name.</summary>
    public string? Metric { get; init; }
    /// <summary>Nominal values shown before the rest fold into "other".</summary>
    public int TopValues { get; init; } = 20;
    /// <summary>About how many bins a continuous column gets.</summary>
    public int Bins { get; init; } = 20;
}

/// <summary>
/// The brushing index of one chart: the histogram request whose charts follow the brush, and the brushed column. Its
/// own selections are left out (the brush replaces them).
/// </summary>
public sealed record BrushIndexRequest : HistogramsRequest
{
    /// <summary>The brushed chart's column.</summary>
    public string? Active { get; init; }
}

/// <summary>One chart's selection: the column it came from and its filter (text or tree).</summary>
public sealed record SelectionWire(string Source, string? Filter, PredicateNode? Predicate);

/// <summary>The histograms: totals, and one chart per column.</summary>
public sealed record HistogramsResponse(long Total, long Filtered, IReadOnlyList<HistogramDto> Charts);

/// <summary>One column's histogram: its type, counts and buckets (time unit for dates).</summary>
public sealed record HistogramDto(string Column, ColumnType Type, long Total, long Filtered, IReadOnlyList<BucketDto> Buckets, DateUnit? Unit, int? UnitStep)
{
    internal static HistogramDto From(ColumnHistogram histogram) => new(histogram.Column, histogram.Type, histogram.Total, histogram.Filtered,
        histogram.Buckets.Select(BucketDto.From).ToList(), histogram.Unit, histogram.UnitStep);
}

/// <summary>A bar: its label, the filter that selects it (text and tree), total and filtered counts, and its metric.</summary>
public sealed record BucketDto(string Label, BucketKind Kind, string Filter, PredicateNode Predicate, long Total, long Filtered,
    double? Low, double? High, DateTime? Start, DateTime? End, double? Metric)
{
    internal static BucketDto From(HistogramBucket bucket) => new(bucket.Label, bucket.Kind, bucket.FilterText, PredicateNode.From(bucket.Filter),
        bucket.Total, bucket.Filtered, bucket.Low, bucket.High, bucket.Start, bucket.End, bucket.Metric);
}

/// <summary>Search a text column: the pattern and its options, under a selection.</summary>
public sealed record SearchRequest
{
    /// <summary>The text column.</summary>
    public required string Column { get; init; }
    /// <summary>The text or regular expression.</summary>
    public required string Pattern { get; init; }
    /// <summary>Treat the pattern as a regular expression (RE2).</summary>
    public bool Regex { get; init; }
    /// <summary>Match case.</summary>
    public bool CaseSensitive { get; init; }
    /// <summary>Match whole words only.</summary>
    public bool WholeWord { get; init; }
    /// <summary>Rows that do not match.</summary>
    public bool Negated { get; init; }
    /// <summary>The selection searched in.</summary>
    public FilterSpec? Where { get; init; }
    /// <summary>Whose view (default: the latest model).</summary>
    public string? Model { get; init; }
    /// <summary>The transform, or null.</summary>
    public string? Transform { get; init; }
    /// <summary>How many snippets to return (at most 50).</summary>
    public int Snippets { get; init; } = 5;
}

/// <summary>Completions for the word being typed into a text column's search box.</summary>
public sealed record CompletionRequest
{
    /// <summary>The text column.</summary>
    public required string Column { get; init; }
    /// <summary>What has been typed; its last word is completed.</summary>
    public required string Prefix { get; init; }
    /// <summary>The selection whose rows are counted.</summary>
    public FilterSpec? Where { get; init; }
    /// <summary>Whose view (default: the latest model).</summary>
    public string? Model { get; init; }
    /// <summary>The transform, or null.</summary>
    public string? Transform { get; init; }
    /// <summary>How many words to return (1 to 20).</summary>
    public int Limit { get; init; } = 8;
}
