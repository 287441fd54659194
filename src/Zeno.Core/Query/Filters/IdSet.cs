namespace Zeno.Core.Query.Filters;

/// <summary>
/// Rows picked by id: a tag, or instances the user selected by hand. The id column is whichever the project
/// names, so the language writes this node with the pseudo-column <c>@id</c>: <c>@id in ["a", "b"]</c>.
/// </summary>
public sealed record IdSet : Predicate
{
    /// <summary>Creates the set; the ids are copied, so the node stays immutable.</summary>
    public IdSet(IEnumerable<string> ids, bool negated = false)
    {
        Ids = [.. ids];
        Negated = negated;
    }

    /// <summary>The ids, as text (numeric id columns compare with their parsed value).</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>True for every row except these.</summary>
    public bool Negated { get; }

    /// <inheritdoc />
    public override T Accept<T>(IPredicateVisitor<T> visitor) => visitor.Visit(this);

    /// <summary>Equal when negation and ids (in order) are equal; records alone would compare list references.</summary>
    public bool Equals(IdSet? other) =>
        other is not null && Negated == other.Negated && Ids.SequenceEqual(other.Ids, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Negated, Ids.Count);
}
