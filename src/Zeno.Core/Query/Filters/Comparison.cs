namespace Zeno.Core.Query.Filters;

/// <summary>
/// <c>column op value</c>, e.g. <c>age &gt;= 18</c>. How the value meets the column's type is the compiler's business
/// (see <see cref="PredicateCompiler"/>); false where the column is missing. Two columns compare in a
/// <see cref="ColumnComparison"/>.
/// </summary>
/// <param name="Column">The column's name as the user wrote it.</param>
/// <param name="Op">The operator.</param>
/// <param name="Value">The literal to compare with.</param>
public sealed record Comparison(string Column, ComparisonOp Op, FilterValue Value) : Predicate
{
    /// <inheritdoc />
    public override T Accept<T>(IPredicateVisitor<T> visitor) => visitor.Visit(this);
}
