namespace Zeno.Core.Query.Filters;

/// <summary>
/// <c>column ~ pattern</c> on a text column: a substring (<c>"cat"</c>, case-insensitive unless flagged <c>c</c>) or
/// a regular expression (<c>/^cat/</c>, case-sensitive unless flagged <c>i</c>; RE2 syntax, as DuckDB runs it).
/// Whole-word (flag <c>w</c>) requires word boundaries around the match. Negated (<c>!~</c>) it is false where the
/// column is missing, like every leaf.
/// </summary>
/// <param name="Column">The column's name as the user wrote it.</param>
/// <param name="Pattern">The substring, or the regular expression's source.</param>
/// <param name="IsRegex">True when <paramref name="Pattern"/> is a regular expression.</param>
/// <param name="CaseSensitive">True when letter case must match.</param>
/// <param name="WholeWord">True when the match must start and end at word boundaries.</param>
/// <param name="Negated">True for <c>!~</c>.</param>
public sealed record TextMatch(
    string Column,
    string Pattern,
    bool IsRegex = false,
    bool CaseSensitive = false,
    bool WholeWord = false,
    bool Negated = false) : Predicate
{
    /// <inheritdoc />
    public override T Accept<T>(IPredicateVisitor<T> visitor) => visitor.Visit(this);
}
