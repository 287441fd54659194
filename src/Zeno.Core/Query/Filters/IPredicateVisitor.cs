namespace Zeno.Core.Query.Filters;

/// <summary>One method per node type: adding a node type breaks every visitor at compile time, which is the point.</summary>
/// <typeparam name="T">What the visitor makes of a node.</typeparam>
public interface IPredicateVisitor<out T>
{
    /// <summary>Visits <c>column op value</c>.</summary>
    T Visit(Comparison node);

    /// <summary>Visits <c>column op column</c>.</summary>
    T Visit(ColumnComparison node);

    /// <summary>Visits <c>column in [...]</c> or <c>column not in [...]</c>.</summary>
    T Visit(InList node);

    /// <summary>Visits <c>column ~ pattern</c> or <c>column !~ pattern</c>.</summary>
    T Visit(TextMatch node);

    /// <summary>Visits <c>column == null</c> or <c>column != null</c>.</summary>
    T Visit(IsNull node);

    /// <summary>Visits an AND or OR of children.</summary>
    T Visit(Group node);

    /// <summary>Visits <c>not inner</c>.</summary>
    T Visit(Not node);

    /// <summary>Visits a set of instance ids (tags, hand-picked rows).</summary>
    T Visit(IdSet node);
}
