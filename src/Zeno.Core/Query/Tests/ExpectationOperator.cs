namespace Zeno.Core.Query.Tests;

/// <summary>How an <see cref="Expectation"/> compares a metric value with its bound(s).</summary>
public enum ExpectationOperator
{
    /// <summary><c>&gt; bound</c>.</summary>
    GreaterThan,
    /// <summary><c>&gt;= bound</c>.</summary>
    GreaterThanOrEqual,
    /// <summary><c>&lt; bound</c>.</summary>
    LessThan,
    /// <summary><c>&lt;= bound</c>.</summary>
    LessThanOrEqual,
    /// <summary><c>between bound and upper</c>, both ends included.</summary>
    Between,
}
