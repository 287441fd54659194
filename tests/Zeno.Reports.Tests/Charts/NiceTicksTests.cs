using Zeno.Reports.Charts;

namespace Zeno.Reports.Tests.Charts;

public sealed class NiceTicksTests
{
    [Theory]
    [InlineData(0, 0.93, 5, new[] { 0, 0.2, 0.4, 0.6, 0.8, 1.0 })]
    [InlineData(0, 1, 5, new[] { 0, 0.2, 0.4, 0.6, 0.8, 1.0 })]
    [InlineData(0.71, 0.94, 5, new[] { 0.7, 0.75, 0.8, 0.85, 0.9, 0.95 })]
    [InlineData(0, 123, 5, new[] { 0.0, 20, 40, 60, 80, 100, 120, 140 })]
    [InlineData(-3, 7, 5, new[] { -4.0, -2, 0, 2, 4, 6, 8 })]
    [InlineData(0, 0.3, 3, new[] { 0, 0.1, 0.2, 0.3 })]
    [InlineData(1200, 4800, 4, new[] { 1000.0, 2000, 3000, 4000, 5000 })]
    [InlineData(0.0012, 0.0047, 4, new[] { 0.001, 0.002, 0.003, 0.004, 0.005 })]
    public void Ticks_are_whole_steps_of_one_two_or_five_covering_the_range(double min, double max, int count, double[] expected)
    {
        Assert.Equal(expected, NiceTicks.For(min, max, count).Values);
    }

    [Fact]
    public void A_single_value_gets_a_small_range_around_it_and_zero_gets_zero_to_one()
    {
        var around = NiceTicks.For(5, 5, 5);
        Assert.True(around.Min < 5 && around.Max > 5);
        Assert.Equal([0, 0.2, 0.4, 0.6, 0.8, 1.0], NiceTicks.For(0, 0, 5).Values);
    }

    [Fact]
    public void Reversed_or_non_finite_input_still_gives_ticks()
    {
        Assert.Equal(NiceTicks.For(0, 1, 5), NiceTicks.For(1, 0, 5));
        Assert.Equal(NiceTicks.For(0, 1, 5), NiceTicks.For(double.NaN, double.PositiveInfinity, 5));
    }

    [Fact]
    public void Ticks_always_cover_the_range_with_a_step_of_one_two_or_five_times_a_power_of_ten()
    {
        var random = new Random(11);
        for (var i = 0; i < 2000; i++)
        {
            var a = (random.NextDouble() - 0.3) * Math.Pow(10, random.Next(-4, 6));
            var b = a + random.NextDouble() * Math.Pow(10, random.Next(-4, 6));
            var count = random.Next(2, 11);
            var ticks = NiceTicks.For(a, b, count);
            // Within a millionth of a step: a value that close to a tick is drawn on it.
            var slack = ticks.Step * 1e-6;
            Assert.True(ticks.Min <= a + slack && ticks.Max >= b - slack, $"{a}..{b} → {ticks}");
            var mantissa = ticks.Step / Math.Pow(10, Math.Floor(Math.Log10(ticks.Step)));
            Assert.Contains(Math.Round(mantissa, 6), new[] { 1.0, 2.0, 5.0 });
            Assert.InRange(ticks.Count, 2, 3 * count + 2);
        }
    }
}
