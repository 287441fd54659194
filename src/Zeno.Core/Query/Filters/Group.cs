namespace Zeno.Core.Query.Filters;

/// <summary>
/// Children joined by AND or OR: the slice builder's nested groups. An empty AND is true (the whole table) and an
/// empty OR false; the language writes them <c>true</c> and <c>false</c>. A one-child group means its child and is
/// written as the child, so it does not survive a format/parse round trip as a group.
/// </summary>
public sealed record Group : Predicate
{
    /// <summary>Creates a group; the children are copied, so the group stays immutable.</summary>
    public Group(GroupOp op, IEnumerable<Predicate> children)
    {
        Op = op;
        Children = [.. children];
    }

    /// <summary>AND or OR.</summary>
    public GroupOp Op { get; }

    /// <summary>The joined predicates, in order.</summary>
    public IReadOnlyList<Predicate> Children { get; }

    /// <summary>All of <paramref name="children"/>.</summary>
    public static Group And(params Predicate[] children) => new(GroupOp.And, children);

    /// <summary>Any of <paramref name="children"/>.</summary>
    public static Group Or(params Predicate[] children) => new(GroupOp.Or, children);

    /// <inheritdoc />
    public override T Accept<T>(IPredicateVisitor<T> visitor) => visitor.Visit(this);

    /// <summary>Equal when the operator and the children (in order) are equal; records alone would compare list references.</summary>
    public bool Equals(Group? other) =>
        other is not null && Op == other.Op && Children.SequenceEqual(other.Children);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Op, Children.Count, Children.Count > 0 ? Children[0] : null);
}
