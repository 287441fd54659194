using Zeno.Core.Query.Tests;

namespace Zeno.Core.Tests.Query.Tests;

public sealed class ExpectationEvaluateTests
{
    [Theory]
    [InlineData("> 0.7", 0.71, true)]
    [InlineData("> 0.7", 0.7, false)]
    [InlineData(">= 0.7", 0.7, true)]
    [InlineData(">= 70%", 0.7, true)]
    [InlineData(">= 70%", 0.6999, false)]
    [InlineData("< 0.1", 0.1, false)]
    [InlineData("< 0.1", 0.0999, true)]
    [InlineData("<= 5", 5, true)]
    [InlineData("<= 5", 5.0001, false)]
    [InlineData("between 0.6 and 0.8", 0.6, true)]
    [InlineData("between 0.6 and 0.8", 0.8, true)]
    [InlineData("between 0.6 and 0.8", 0.7, true)]
    [InlineData("between 0.6 and 0.8", 0.5999, false)]
    [InlineData("between 0.6 and 0.8", 0.8001, false)]
    public void Evaluate_compares_the_value_with_the_bounds(string text, double value, bool expected)
    {
        Assert.Equal(expected, Expectation.Parse(text).Evaluate(value));
    }

    [Theory]
    [InlineData("> 0.7")]
    [InlineData(">= 0")]
    [InlineData("< 1")]
    [InlineData("<= 100")]
    [InlineData("between -1 and 1")]
    public void An_undefined_value_never_passes(string text)
    {
        var expectation = Expectation.Parse(text);

        Assert.False(expectation.Evaluate(null));
        Assert.False(expectation.Evaluate(double.NaN));
    }
}
