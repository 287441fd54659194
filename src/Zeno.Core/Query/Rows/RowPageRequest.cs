using Zeno.Core.Query.Filters;

namespace Zeno.Core.Query.Rows;

/// <summary>One page of the instance view: which rows (filter, model, transform), which columns, in which order.</summary>
public sealed record RowPageRequest
{
    /// <summary>The slice to page through; null: every instance. Evaluated on <see cref="Model"/>'s view.</summary>
    public Predicate? Filter { get; init; }

    /// <summary>The model whose output (and per-model columns) the rows show; null: data columns only.</summary>
    public string? Model { get; init; }

    /// <summary>The transform whose instances the rows show; null: the original instances.</summary>
    public string? Transform { get; init; }

    /// <summary>
    /// The columns to return; null: every column of the view. The id, data, label and output columns (and, when
    /// comparing, <see cref="RowQuery.CompareOutputName"/> and <see cref="RowQuery.DifferenceName"/>) are always returned.
    /// </summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>The column to sort by: any view column, or <see cref="RowQuery.DifferenceName"/> when comparing; null: row order.</summary>
    public string? Sort { get; init; }

    /// <summary>Sort largest first. Missing values come last either way; ties keep the data's row order.</summary>
    public bool Descending { get; init; }

    /// <summary>How many rows of the sorted slice to skip.</summary>
    public long Offset { get; init; }

    /// <summary>How many rows to return, at most <see cref="RowQuery.MaxLimit"/>; 0 returns only the total.</summary>
    public int Limit { get; init; } = 30;

    /// <summary>A second model ("B") to compare <see cref="Model"/> ("A") with; null: no comparison.</summary>
    public string? CompareModel { get; init; }

    /// <summary>With <see cref="CompareModel"/>: only the rows where B's output differs from A's (a missing output differs from a present one).</summary>
    public bool OnlyDifferent { get; init; }
}
