using Zeno.Core.Query.Histograms;

namespace Zeno.Core.Tests.Query.Histograms;

public sealed class BinSpecTests
{
    [Theory]
    [InlineData(0, 100, false, new double[] { 0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100 })]
    [InlineData(1, 5, true, new double[] { 1, 2, 3, 4, 5 })]
    [InlineData(1, 5, false, new double[] { 1, 1.2, 1.4, 1.6, 1.8, 2, 2.2, 2.4, 2.6, 2.8, 3, 3.2, 3.4, 3.6, 3.8, 4, 4.2, 4.4, 4.6, 4.8, 5 })]
    [InlineData(0, 1, false, new double[] { 0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1 })]
    [InlineData(0, 50, true, new double[] { 0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50 })]
    [InlineData(-7.3, 2.1, false, new double[] { -7.5, -7, -6.5, -6, -5.5, -5, -4.5, -4, -3.5, -3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5 })]
    [InlineData(3, 453, true, new double[] { 0, 25, 50, 75, 100, 125, 150, 175, 200, 225, 250, 275, 300, 325, 350, 375, 400, 425, 450, 475 })]
    [InlineData(3, 203, true, new double[] { 0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210 })]
    [InlineData(0.001, 0.0042, false, new double[] { 0.001, 0.0012, 0.0014, 0.0016, 0.0018, 0.002, 0.0022, 0.0024, 0.0026, 0.0028, 0.003, 0.0032, 0.0034, 0.0036, 0.0038, 0.004, 0.0042 })]
    public void Edges_are_nice_multiples_that_cover_the_range(double min, double max, bool integral, double[] expected) =>
        Assert.Equal(expected, BinSpec.For(min, max, integral).Edges);

    [Fact]
    public void Decimal_edges_are_the_doubles_their_text_says()
    {
        var spec = BinSpec.For(0, 1);
        Assert.Contains(0.3, spec.Edges);
        Assert.DoesNotContain(3 * 0.1, spec.Edges);
    }

    [Fact]
    public void The_maximum_falls_in_the_last_bin_even_on_an_edge()
    {
        var spec = BinSpec.For(0, 100);
        Assert.Equal(spec.Count - 1, spec.BinOf(100));
        Assert.Equal(1, spec.BinOf(5));
        Assert.Equal(0, spec.BinOf(Math.BitDecrement(5.0)));
    }

    [Theory]
    [InlineData(5, true, 5, 6)]
    [InlineData(0, false, 0, 1)]
    [InlineData(0.37, false, 0.3, 0.4)]
    [InlineData(-42, false, -50, -40)]
    public void Equal_bounds_give_one_bin_around_the_value(double value, bool integral, double low, double high)
    {
        var spec = BinSpec.For(value, value, integral);
        Assert.Equal([low, high], spec.Edges);
        Assert.Equal(0, spec.BinOf(value));
    }

    [Fact]
    public void Whole_numbers_never_get_fractional_widths()
    {
        Assert.All(Enumerable.Range(1, 60), span =>
        {
            var spec = BinSpec.For(10, 10 + span, integral: true);
            Assert.All(spec.Edges, edge => Assert.Equal(Math.Floor(edge), edge));
        });
    }

    [Theory]
    [InlineData(-1e308, 1e308)]
    [InlineData(double.MinValue, double.MaxValue)]
    [InlineData(1e300, 7e300)]
    [InlineData(1e-300, 3e-300)]
    [InlineData(5e-324, 1e-322)]
    [InlineData(1e16, 1e16 + 4)]
    [InlineData(-1e-9, 1e-9)]
    public void Extreme_magnitudes_still_give_ordered_covering_edges(double min, double max) =>
        AssertValid(BinSpec.For(min, max), min, max, BinSpec.DefaultBins);

    [Fact]
    public void Random_ranges_keep_every_promise()
    {
        var random = new Random(11);
        for (var i = 0; i < 5000; i++)
        {
            var scale = Math.Pow(10, random.Next(-12, 13));
            var a = (random.NextDouble() - 0.5) * scale;
            var b = random.Next(5) == 0 ? a : a + random.NextDouble() * scale * Math.Pow(10, -random.Next(0, 8));
            var integral = random.Next(3) == 0;
            if (integral)
                (a, b) = (Math.Round(a), Math.Round(b));
            var desired = random.Next(1, 60);
            var spec = BinSpec.For(Math.Min(a, b), Math.Max(a, b), integral, desired);
            AssertValid(spec, Math.Min(a, b), Math.Max(a, b), desired);
            if (integral && spec.Count > 1)
                Assert.All(spec.Edges, edge => Assert.True(Math.Abs(edge) >= 1e15 || Math.Floor(edge) == edge, $"{edge} in [{a}, {b}]"));
        }
    }

    [Fact]
    public void Bad_bounds_are_refused()
    {
        Assert.Throws<ArgumentException>(() => BinSpec.For(double.NaN, 1));
        Assert.Throws<ArgumentException>(() => BinSpec.For(0, double.PositiveInfinity));
        Assert.Throws<ArgumentException>(() => BinSpec.For(2, 1));
    }

    private static void AssertValid(BinSpec spec, double min, double max, int desired)
    {
        var context = $"[{min:R}, {max:R}] → {string.Join(", ", spec.Edges.Select(e => e.ToString("R")))}";
        Assert.True(spec.Count >= 1, context);
        Assert.True(spec.Count <= desired + 2, context);
        Assert.True(spec.Edges[0] <= min && spec.Edges[^1] >= max, context);
        Assert.All(spec.Edges, edge => Assert.True(double.IsFinite(edge), context));
        Assert.All(spec.Edges.Zip(spec.Edges.Skip(1)), pair => Assert.True(pair.First < pair.Second, context));
        Assert.Equal(spec.Count - 1, spec.BinOf(max));
        // The minimum is in the first bin: no empty bin is put before it.
        Assert.True(spec.BinOf(min) == 0 || spec.Count == 1, context);
    }
}
