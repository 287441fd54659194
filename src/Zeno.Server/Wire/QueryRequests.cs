namespace Zeno.Server.Wire;

/// <summary>A page of instances: the filter, the model's view, the columns, the sort and the page.</summary>
public sealed record RowsRequest
{
    /// <summary>Which instances.</summary>
    public FilterSpec? Where { get; init; }
    /// <summary>Whose output and per-model columns (default: the latest model).</summary>
    public string? Model { get; init; }
    /// <summary>The transform, or null for the original instances.</summary>
    public string? Transform { get; init; }
    /// <summary>Columns to return besides id/data/label/output (null: every column).</summary>
    public IReadOnlyList<string>? Columns { get; init; }
    /// <summary>A column to sort by, or "difference" when comparing.</summary>
    public string? Sort { get; init; }
    /// <summary>Sort from largest to smallest.</summary>
    public bool Descending { get; init; }
    /// <summary>Rows to skip.</summary>
    public long Offset { get; init; }
    /// <summary>Rows to return (at most 1000).</summary>
    public int Limit { get; init; } = 30;
    /// <summary>A second model: adds its output and a difference column.</summary>
    public string? CompareModel { get; init; }
    /// <summary>With <c>compareModel</c>: only the rows where B's output differs from A's.</summary>
    public bool OnlyDifferent { get; init; }
}

/// <summary>Trends of one metric across the models, for several slices at once (the analysis table).</summary>
public sealed record TrendsRequest
{
    /// <summary>The slices (or filters), one trend each.</summary>
    public required IReadOnlyList<FilterSpec> Slices { get; init; }
    /// <summary>The metric.</summary>
    public required string Metric { get; init; }
    /// <summary>The transform, or null for the original instances.</summary>
    public string? Transform { get; init; }
}

/// <summary>The Analysis page's slice table: which slices (ids; null for "All instances" and every slice), which metric and transform.</summary>
public sealed record AnalysisTableRequest
{
    /// <summary>Slice ids ("all", "config:NAME", saved ids) in display order; null or absent for every slice.</summary>
    public IReadOnlyList<string>? Slices { get; init; }
    /// <summary>The metric.</summary>
    public required string Metric { get; init; }
    /// <summary>The transform, or null for the original instances.</summary>
    public string? Transform { get; init; }
}
