namespace Zeno.Core.Query.Filters;

/// <summary>
/// A filter over instances: an immutable tree of the node records in this folder (a closed set; see
/// <see cref="IPredicateVisitor{T}"/>). Trees compare by value, so a parsed tree equals the tree it was written from.
/// </summary>
/// <remarks>
/// Logic is two-valued: a leaf that reads a missing (NULL) value (on either side of a <see cref="ColumnComparison"/>)
/// is false, whatever its operator, so
/// <c>x != 5</c> and <c>x not in [1]</c> are false where x is missing while <c>not x == 5</c> is true there.
/// Only <see cref="IsNull"/> looks at missing values. Write <c>x != 5 or x == null</c> to keep missing rows.
/// </remarks>
public abstract partial record Predicate
{
    private protected Predicate() { }

    /// <summary>Calls the visitor's method for this node's type.</summary>
    public abstract T Accept<T>(IPredicateVisitor<T> visitor);

    /// <summary>The filter-language text of this tree (see <see cref="FilterFormatter"/>), so test failures read as filters.</summary>
    public sealed override string ToString() => FilterFormatter.Format(this);
}
