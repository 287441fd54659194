namespace Zeno.Core.Query.Filters;

/// <summary>
/// <c>column == null</c> (missing) or, negated, <c>column != null</c> (present). A node of its own rather than a
/// <see cref="Comparison"/> with a null value, so no other operator can be paired with null.
/// </summary>
/// <param name="Column">The column's name as the user wrote it.</param>
/// <param name="Negated">True for <c>!= null</c>.</param>
public sealed record IsNull(string Column, bool Negated = false) : Predicate
{
    /// <inheritdoc />
    public override T Accept<T>(IPredicateVisitor<T> visitor) => visitor.Visit(this);
}
