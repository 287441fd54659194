using Zeno.Core.Query.Trends;

namespace Zeno.Core.Tests.Query.Trends;

public sealed class StudentTTests
{
    // Two-sided critical values from a t table: P(|T| ≥ t) = alpha.
    [Theory]
    [InlineData(2.306004, 8, 0.05)]
    [InlineData(12.706205, 1, 0.05)]
    [InlineData(4.302653, 2, 0.05)]
    [InlineData(2.228139, 10, 0.05)]
    [InlineData(3.169273, 10, 0.01)]
    [InlineData(1.812461, 10, 0.10)]
    [InlineData(2.042272, 30, 0.05)]
    [InlineData(6.868827, 5, 0.001)]
    [InlineData(1.983972, 100, 0.05)]
    public void Critical_values_from_the_t_table_give_their_tail_area(double t, int degreesOfFreedom, double alpha)
    {
        Assert.Equal(alpha, StudentT.TwoSidedP(t, degreesOfFreedom), 6);
        Assert.Equal(alpha, StudentT.TwoSidedP(-t, degreesOfFreedom), 6);
    }

    [Fact]
    public void The_rounded_table_value_for_8_degrees_of_freedom_is_about_five_percent() =>
        Assert.Equal(0.05, StudentT.TwoSidedP(2.306, 8), 4);

    // Closed forms: ν = 1 is the Cauchy distribution, ν = 2, 3 and 5 have elementary tails.
    [Theory]
    [InlineData(0.1)]
    [InlineData(0.7)]
    [InlineData(1.0)]
    [InlineData(2.5)]
    [InlineData(10)]
    [InlineData(250)]
    public void Small_degrees_of_freedom_match_their_closed_forms(double t)
    {
        Assert.Equal(1 - 2 / Math.PI * Math.Atan(t), StudentT.TwoSidedP(t, 1), 12);
        Assert.Equal(1 - t / Math.Sqrt(2 + t * t), StudentT.TwoSidedP(t, 2), 12);
        var u = t / Math.Sqrt(3);
        Assert.Equal(1 - 2 / Math.PI * (Math.Atan(u) + u / (1 + u * u)), StudentT.TwoSidedP(t, 3), 12);
        var theta = Math.Atan(t / Math.Sqrt(5));
        var cos = Math.Cos(theta);
        Assert.Equal(1 - 2 / Math.PI * (theta + Math.Sin(theta) * cos * (1 + 2.0 / 3 * cos * cos)), StudentT.TwoSidedP(t, 5), 12);
    }

    [Fact]
    public void Many_degrees_of_freedom_approach_the_normal_distribution() =>
        Assert.Equal(0.05, StudentT.TwoSidedP(1.959964, 1_000_000), 5);

    [Fact]
    public void Zero_and_infinite_statistics_are_the_ends_of_the_range()
    {
        Assert.Equal(1, StudentT.TwoSidedP(0, 4), 12);
        Assert.Equal(0, StudentT.TwoSidedP(double.PositiveInfinity, 4));
        Assert.Equal(0, StudentT.TwoSidedP(1e200, 4), 12);
    }
}
