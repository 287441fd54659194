namespace Zeno.Core.Query.Trends;

/// <summary>
/// The log-gamma and regularized incomplete beta functions, which give Student's t distribution its tail areas.
/// Written here rather than taken from a statistics package because the trend test needs nothing else from one.
/// </summary>
internal static class SpecialFunctions
{
    // Terms B(2k) / (2k (2k − 1)) of Stirling's series for ln Γ, from the Bernoulli numbers B2 … B14.
    private static readonly double[] StirlingTerms =
        [1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360, 1.0 / 156];

    // Where the series above is accurate to double precision: its next term at 15 is below 1e-19.
    private const double SeriesStart = 15;

    private const int MaxIterations = 10_000;

    /// <summary>ln Γ(x) for x &gt; 0, to about 1e-15 relative accuracy.</summary>
    public static double LogGamma(double x)
    {
        if (!(x > 0))
            throw new ArgumentOutOfRangeException(nameof(x), x, "ln Γ is defined here for positive arguments only.");
        // Γ(x) = Γ(x + k) / (x (x + 1) ⋯ (x + k − 1)): move x up to where Stirling's series converges fast.
        var product = 1.0;
        while (x < SeriesStart)
        {
            product *= x;
            x += 1;
        }
        var inverse = 1 / x;
        var inverseSquared = inverse * inverse;
        var power = inverse;
        var correction = 0.0;
        foreach (var term in StirlingTerms)
        {
            correction += term * power;
            power *= inverseSquared;
        }
        return (x - 0.5) * Math.Log(x) - x + 0.5 * Math.Log(2 * Math.PI) + correction - Math.Log(product);
    }

    /// <summary>ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b).</summary>
    public static double LogBeta(double a, double b) => LogGamma(a) + LogGamma(b) - LogGamma(a + b);

    /// <summary>
    /// The regularized incomplete beta function I_x(a, b) = B(x; a, b) / B(a, b) for 0 ≤ x ≤ 1 and a, b &gt; 0.
    /// It is evaluated by its continued fraction, which converges quickly for x &lt; (a + 1) / (a + b + 2); above that
    /// point the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) moves the evaluation back into that region.
    /// </summary>
    public static double RegularizedBeta(double x, double a, double b)
    {
        if (!(a > 0) || !(b > 0))
            throw new ArgumentOutOfRangeException(nameof(a), $"I_x(a, b) needs a, b > 0 (a = {a}, b = {b}).");
        if (double.IsNaN(x) || x < 0 || x > 1)
            throw new ArgumentOutOfRangeException(nameof(x), x, "I_x(a, b) needs 0 ≤ x ≤ 1.");
        if (x == 0 || x == 1)
            return x;
        // x^a (1 − x)^b / B(a, b), the factor in front of the continued fraction, taken through logs to avoid overflow.
        var front = Math.Exp(a * Math.Log(x) + b * Math.Log(1 - x) - LogBeta(a, b));
        return x < (a + 1) / (a + b + 2)
            ? front * ContinuedFraction(x, a, b) / a
            : 1 - front * ContinuedFraction(1 - x, b, a) / b;
    }

    // The continued fraction 1 / (1 + d1 / (1 + d2 / (1 + ⋯))) of I_x(a, b), with
    //   d(2m + 1) = −(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)),  d(2m) = m (b − m) x / ((a + 2m − 1)(a + 2m)),
    // evaluated front to back by the modified Lentz method: the running value is multiplied by C·D per coefficient,
    // where C and D follow the recurrences of the numerator and denominator ratios. Zeros are nudged to a tiny value
    // so a ratio never divides by zero.
    private static double ContinuedFraction(double x, double a, double b)
    {
        const double tiny = 1e-300;
        const double epsilon = 1e-16;
        static double Guard(double value) => Math.Abs(value) < tiny ? tiny : value;

        var c = 1.0;
        var d = 1 / Guard(1 - (a + b) * x / (a + 1));
        var value = d;
        for (var m = 1; m <= MaxIterations; m++)
        {
            var even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
            d = 1 / Guard(1 + even * d);
            c = Guard(1 + even / c);
            value *= d * c;

            var odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
            d = 1 / Guard(1 + odd * d);
            c = Guard(1 + odd / c);
            var step = d * c;
            value *= step;
            if (Math.Abs(step - 1) < epsilon)
                break;
        }
        return value;
    }
}
