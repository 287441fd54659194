namespace Zeno.Core.Query.Filters;

/// <summary>The operators of <see cref="Comparison"/> and <see cref="ColumnComparison"/>.</summary>
public enum ComparisonOp
{
    /// <summary><c>==</c></summary>
    Equal,
    /// <summary><c>!=</c> (false where the column is missing: see <see cref="Predicate"/>).</summary>
    NotEqual,
    /// <summary><c>&lt;</c></summary>
    Less,
    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,
    /// <summary><c>&gt;</c></summary>
    Greater,
    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,
}
