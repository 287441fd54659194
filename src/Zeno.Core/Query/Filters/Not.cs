namespace Zeno.Core.Query.Filters;

/// <summary><c>not inner</c>: true exactly where <paramref name="Inner"/> is false (missing values included).</summary>
/// <param name="Inner">The negated predicate.</param>
public sealed record Not(Predicate Inner) : Predicate
{
    /// <inheritdoc />
    public override T Accept<T>(IPredicateVisitor<T> visitor) => visitor.Visit(this);
}
