using Zeno.Core.Query.Trends;

namespace Zeno.Core.Tests.Query.Trends;

public sealed class SpecialFunctionsTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(5, 24)]
    [InlineData(11, 3628800)]
    [InlineData(21, 2432902008176640000)]
    public void Log_gamma_of_integers_is_the_log_of_a_factorial(double x, double factorial) =>
        Assert.Equal(Math.Log(factorial), SpecialFunctions.LogGamma(x), 12);

    [Fact]
    public void Log_gamma_of_halves_follows_from_the_square_root_of_pi()
    {
        Assert.Equal(0.5 * Math.Log(Math.PI), SpecialFunctions.LogGamma(0.5), 14);
        // Γ(5.5) = 4.5 · 3.5 · 2.5 · 1.5 · 0.5 · √π
        Assert.Equal(Math.Log(4.5 * 3.5 * 2.5 * 1.5 * 0.5 * Math.Sqrt(Math.PI)), SpecialFunctions.LogGamma(5.5), 13);
        Assert.Equal(Math.Log(1e6) - 0.5772156649015329 * 1e-6, SpecialFunctions.LogGamma(1e-6), 9);
    }

    [Theory]
    [InlineData(0.3, 1, 1)]
    [InlineData(0.3, 2.5, 1)]
    [InlineData(0.8, 1, 4)]
    [InlineData(0.05, 7, 1)]
    [InlineData(0.95, 1, 0.5)]
    public void Incomplete_beta_matches_its_closed_forms_for_a_or_b_equal_to_one(double x, double a, double b)
    {
        // I_x(a, 1) = x^a and I_x(1, b) = 1 − (1 − x)^b.
        var expected = b == 1 ? Math.Pow(x, a) : 1 - Math.Pow(1 - x, b);
        Assert.Equal(expected, SpecialFunctions.RegularizedBeta(x, a, b), tolerance: 1e-13 * expected);
    }

    [Theory]
    [InlineData(0.2, 3, 7)]
    [InlineData(0.6, 0.5, 12)]
    [InlineData(0.99, 40, 0.5)]
    [InlineData(0.001, 2, 2)]
    public void Incomplete_beta_is_symmetric_in_its_arguments(double x, double a, double b) =>
        Assert.Equal(1 - SpecialFunctions.RegularizedBeta(1 - x, b, a), SpecialFunctions.RegularizedBeta(x, a, b), 13);

    [Theory]
    [InlineData(0.5)]
    [InlineData(4)]
    [InlineData(150)]
    public void Incomplete_beta_at_one_half_with_equal_arguments_is_one_half(double a) =>
        Assert.Equal(0.5, SpecialFunctions.RegularizedBeta(0.5, a, a), 12);

    [Fact]
    public void Incomplete_beta_matches_a_polynomial_case()
    {
        // I_x(2, 3) = 12 ∫₀ˣ t (1 − t)² dt = 6x² − 8x³ + 3x⁴, since B(2, 3) = 1/12.
        const double x = 0.37;
        Assert.Equal(6 * x * x - 8 * x * x * x + 3 * x * x * x * x, SpecialFunctions.RegularizedBeta(x, 2, 3), 13);
    }

    [Fact]
    public void Incomplete_beta_is_zero_and_one_at_the_ends()
    {
        Assert.Equal(0, SpecialFunctions.RegularizedBeta(0, 2, 3));
        Assert.Equal(1, SpecialFunctions.RegularizedBeta(1, 2, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => SpecialFunctions.RegularizedBeta(1.5, 2, 3));
    }
}
