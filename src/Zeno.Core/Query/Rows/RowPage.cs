namespace Zeno.Core.Query.Rows;

/// <summary>A page of instances.</summary>
/// <param name="Total">How many instances the filter selects (all pages together).</param>
/// <param name="Columns">The returned columns, in display order: id, data, label, output, the comparison columns, then the rest.</param>
/// <param name="Rows">The rows: column name → value, keyed in the order of <paramref name="Columns"/>. Values are
/// JSON-friendly: string, long, double, bool, null; dates and times as ISO 8601 text; lists as lists.</param>
/// <param name="Difference">How <see cref="RowQuery.DifferenceName"/> compares the two models' outputs; null without a comparison.</param>
public sealed record RowPage(
    long Total,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows,
    DifferenceKind? Difference = null);

/// <summary>What the difference column of a comparison holds.</summary>
public enum DifferenceKind
{
    /// <summary>Both outputs are numbers: A − B (null when either is missing).</summary>
    Numeric,

    /// <summary>Otherwise: whether A's output differs from B's, compared as text (null when either is missing).</summary>
    Categorical,
}
