using System.Globalization;

namespace Zeno.Core.Query.Histograms;

/// <summary>
/// A bin width of 1, 2, 2.5 or 5 × 10^k, kept as an integer mantissa and a decimal exponent (2.5 is 25 × 10^(k−1)).
/// Edge j is the decimal j × mantissa × 10^exponent parsed as a double: the double nearest to that decimal, so an edge
/// written as "0.3" is exactly the double 0.3 (not 3 × 0.1 = 0.30000000000000004), at any magnitude.
/// </summary>
internal readonly record struct NiceStep(long Mantissa, int Exponent)
{
    // Mantissa and exponent shift of the candidates within one decade, smallest first.
    private static readonly (long Mantissa, int Shift)[] Candidates = [(1, 0), (2, 0), (25, -1), (5, 0)];

    /// <summary>The width as a double.</summary>
    public double Value => Decimal(Mantissa, Exponent);

    /// <summary>The smallest nice step at least <paramref name="raw"/> (which must be positive and finite).</summary>
    public static NiceStep AtLeast(double raw)
    {
        var decade = (int)Math.Floor(Math.Log10(raw));
        // A relative slack, so that a raw step of 5.000000000000001 (a range of 100 over 20 bins, rounded) stays 5.
        var target = raw * (1 - 1e-9);
        for (var k = decade - 1; ; k++)
        {
            foreach (var (mantissa, shift) in Candidates)
            {
                var step = new NiceStep(mantissa, k + shift);
                if (step.Value >= target)
                    return step;
            }
        }
    }

    /// <summary>The power of ten at or below |<paramref name="value"/>| (1 for zero): a width for a single value.</summary>
    public static NiceStep DecadeOf(double value) =>
        value == 0 ? new NiceStep(1, 0) : new NiceStep(1, (int)Math.Floor(Math.Log10(Math.Abs(value))));

    /// <summary>Whole-number data gets whole-number widths: anything under 1 becomes 1, and 2.5 becomes 5.</summary>
    public NiceStep ForIntegers() => Value < 1 ? new NiceStep(1, 0) : this == new NiceStep(25, -1) ? new NiceStep(5, 0) : this;

    /// <summary>Edge <paramref name="index"/>: index × width, nearest double; beyond the double range, ±double.MaxValue.</summary>
    public double Edge(long index)
    {
        var edge = Decimal(checked(index * Mantissa), Exponent);
        return double.IsInfinity(edge) ? (edge > 0 ? double.MaxValue : double.MinValue) : edge;
    }

    private static double Decimal(long mantissa, int exponent) =>
        double.Parse(string.Create(CultureInfo.InvariantCulture, $"{mantissa}e{exponent}"), NumberStyles.Float, CultureInfo.InvariantCulture);
}
