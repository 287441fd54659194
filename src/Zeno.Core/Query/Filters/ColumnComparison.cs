namespace Zeno.Core.Query.Filters;

/// <summary>
/// <c>left op right</c> between two columns, e.g. <c>output != label</c> (the model's mistakes) or
/// <c>`end date` &gt;= `start date`</c>. A node of its own rather than a column case of <see cref="FilterValue"/>: a
/// literal stays a literal, so lists, id sets and value binding never meet a column, and the compiler's one new
/// method holds all the column-against-column rules. How the two types meet is the compiler's business (see
/// <see cref="PredicateCompiler"/>); false where either column is missing.
/// </summary>
/// <param name="Left">The left column's name as the user wrote it.</param>
/// <param name="Op">The operator.</param>
/// <param name="Right">The right column's name as the user wrote it.</param>
public sealed record ColumnComparison(string Left, ComparisonOp Op, string Right) : Predicate
{
    /// <inheritdoc />
    public override T Accept<T>(IPredicateVisitor<T> visitor) => visitor.Visit(this);
}
