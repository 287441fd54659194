using Zeno.Core.Errors;
using Zeno.Core.Query.Tests;

namespace Zeno.Core.Tests.Query.Tests;

public sealed class ExpectationParseTests
{
    [Theory]
    [InlineData("> 0.7", "> 0.7")]
    [InlineData(">0.7", "> 0.7")]
    [InlineData(">= 70%", ">= 0.7")]
    [InlineData("  >=   70 %  ", ">= 0.7")]
    [InlineData("< 0.1", "< 0.1")]
    [InlineData("<= 5", "<= 5")]
    [InlineData(">= 0.70", ">= 0.7")]
    [InlineData("> -0.5", "> -0.5")]
    [InlineData("> +1", "> 1")]
    [InlineData("> .5", "> 0.5")]
    [InlineData("< 0.5%", "< 0.005")]
    [InlineData("> 100000000000000000000", "> 100000000000000000000")]
    [InlineData("between 0.6 and 0.8", "between 0.6 and 0.8")]
    [InlineData("BETWEEN 60% And 80%", "between 0.6 and 0.8")]
    [InlineData("between\t1\nand\t2", "between 1 and 2")]
    [InlineData("between 5 and 5", "between 5 and 5")]
    public void Parse_reads_the_text_and_ToString_gives_the_canonical_form(string text, string canonical)
    {
        var expectation = Expectation.Parse(text);

        Assert.Equal(canonical, expectation.ToString());
        Assert.Equal(expectation, Expectation.Parse(canonical));
    }

    [Fact]
    public void A_percentage_divides_by_one_hundred()
    {
        var expectation = Expectation.Parse(">= 70%");

        Assert.Equal(ExpectationOperator.GreaterThanOrEqual, expectation.Operator);
        Assert.Equal(0.7m, expectation.Bound);
        Assert.Null(expectation.UpperBound);
    }

    [Theory]
    [InlineData("", 1, "the expectation is empty")]
    [InlineData("   ", 4, "the expectation is empty")]
    [InlineData("0.7", 1, "expected an operator")]
    [InlineData("betweenness 1 and 2", 1, "expected an operator")]
    [InlineData("== 1", 1, "equality is not supported")]
    [InlineData("= 1", 1, "equality is not supported")]
    [InlineData("=> 0.7", 1, "did you mean '>='?")]
    [InlineData("> ", 3, "expected a number, found the end")]
    [InlineData("> abc", 3, "expected a number")]
    [InlineData("> 0,7", 4, "with a point")]
    [InlineData("> 0.7 extra", 7, "unexpected 'extra'")]
    [InlineData(">= 70%%", 7, "unexpected '%'")]
    [InlineData("> 1e-3", 4, "unexpected 'e-3'")]
    [InlineData("between 0.6 0.8", 13, "expected 'and'")]
    [InlineData("between 0.6 and", 16, "expected a number")]
    [InlineData("between 0.8 and 60%", 17, "the lower bound 0.8 is above the upper bound 0.6")]
    [InlineData("> 99999999999999999999999999999999", 3, "too large")]
    public void Parse_errors_name_the_column_and_show_valid_syntax(string text, int column, string problem)
    {
        var e = Assert.Throws<ExpectationSyntaxException>(() => Expectation.Parse(text));

        Assert.Equal(column, e.Column);
        Assert.Contains(problem, e.Problem);
        Assert.Contains($"at column {column}", e.Message);
        Assert.Contains("between 0.6 and 0.8", e.Message);
        Assert.Contains(ExpectationSyntaxException.Examples, e.Hint);
        Assert.IsAssignableFrom<ZenoException>(e);
    }
}
