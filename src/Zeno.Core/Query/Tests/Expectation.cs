using System.Globalization;

namespace Zeno.Core.Query.Tests;

/// <summary>
/// The predicate of a behavioral test, e.g. <c>&gt;= 70%</c> or <c>between 0.6 and 0.8</c>, applied to a metric value.
/// </summary>
/// <remarks>
/// Syntax: <c>&gt; X</c>, <c>&gt;= X</c>, <c>&lt; X</c>, <c>&lt;= X</c> or <c>between X and Y</c> (inclusive, X ≤ Y;
/// keywords in any case), with any whitespace around tokens. A number is a plain decimal with a point
/// (<c>0.7</c>, <c>-2</c>, <c>.5</c>) optionally followed by <c>%</c>, which only divides by 100: <c>70%</c> is 0.7, the
/// scale of accuracy, precision and the other [0, 1] metrics. A metric on another scale is compared with the number as
/// written (<c>&lt;= 5</c>). Equality (<c>==</c>) is not offered: metric values are real numbers, and exact equality
/// would pass or fail on rounding; <c>between</c> states a tolerance instead. Bounds are kept as decimals so that the
/// canonical text (<see cref="ToString"/>) is exactly what was meant, e.g. <c>70%</c> prints as <c>0.7</c>.
/// </remarks>
public sealed record Expectation
{
    internal Expectation(ExpectationOperator @operator, decimal bound, decimal? upperBound = null)
    {
        Operator = @operator;
        Bound = bound;
        UpperBound = upperBound;
    }

    /// <summary>The comparison.</summary>
    public ExpectationOperator Operator { get; }

    /// <summary>The bound compared with; the lower bound of <see cref="ExpectationOperator.Between"/>.</summary>
    public decimal Bound { get; }

    /// <summary>The upper bound of <see cref="ExpectationOperator.Between"/>; null for the other operators.</summary>
    public decimal? UpperBound { get; }

    /// <summary>Reads an expectation such as <c>&gt; 0.7</c>, <c>&gt;= 70%</c> or <c>between 0.6 and 0.8</c>.</summary>
    /// <exception cref="ExpectationSyntaxException">The text is not an expectation; the error gives the column.</exception>
    public static Expectation Parse(string text) => ExpectationParser.Parse(text);

    /// <summary>Whether a metric value satisfies the expectation. An undefined value (null, NaN) never does.</summary>
    public bool Evaluate(double? value)
    {
        if (value is not { } v || double.IsNaN(v)) return false;
        var bound = (double)Bound;
        return Operator switch
        {
            ExpectationOperator.GreaterThan => v > bound,
            ExpectationOperator.GreaterThanOrEqual => v >= bound,
            ExpectationOperator.LessThan => v < bound,
            ExpectationOperator.LessThanOrEqual => v <= bound,
            _ => bound <= v && v <= (double)UpperBound!.Value,
        };
    }

    /// <summary>Canonical text, which <see cref="Parse"/> reads back: <c>&gt;= 0.7</c>, <c>between 0.6 and 0.8</c>.</summary>
    public override string ToString() => Operator switch
    {
        ExpectationOperator.GreaterThan => $"> {Text(Bound)}",
        ExpectationOperator.GreaterThanOrEqual => $">= {Text(Bound)}",
        ExpectationOperator.LessThan => $"< {Text(Bound)}",
        ExpectationOperator.LessThanOrEqual => $"<= {Text(Bound)}",
        _ => $"between {Text(Bound)} and {Text(UpperBound!.Value)}",
    };

    // G29 drops trailing zeros (0.70 → 0.7) and never switches to an exponent, which Parse would not read.
    private static string Text(decimal number) => number.ToString("G29", CultureInfo.InvariantCulture);
}
