namespace Zeno.Core.Query.Filters;

/// <summary>
/// <c>column in [v1, v2]</c> or, negated, <c>column not in [...]</c>. False where the column is missing, in both
/// forms; an empty list matches nothing (negated: every row where the column is present).
/// </summary>
public sealed record InList : Predicate
{
    /// <summary>Creates the membership test; the values are copied, so the node stays immutable.</summary>
    public InList(string column, IEnumerable<FilterValue> values, bool negated = false)
    {
        Column = column;
        Values = [.. values];
        Negated = negated;
    }

    /// <summary>The column's name as the user wrote it.</summary>
    public string Column { get; }

    /// <summary>The candidate values, in the order written.</summary>
    public IReadOnlyList<FilterValue> Values { get; }

    /// <summary>True for <c>not in</c>.</summary>
    public bool Negated { get; }

    /// <inheritdoc />
    public override T Accept<T>(IPredicateVisitor<T> visitor) => visitor.Visit(this);

    /// <summary>Equal when column, negation and values (in order) are equal; records alone would compare list references.</summary>
    public bool Equals(InList? other) =>
        other is not null && Column == other.Column && Negated == other.Negated && Values.SequenceEqual(other.Values);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Column, Negated, Values.Count);
}
