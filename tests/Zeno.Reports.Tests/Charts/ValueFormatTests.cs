using Zeno.Reports.Charts;

namespace Zeno.Reports.Tests.Charts;

public sealed class ValueFormatTests
{
    [Theory]
    [InlineData(0.4, 0.2, true, "40%")]
    [InlineData(0.75, 0.05, true, "75%")]
    [InlineData(0.725, 0.025, true, "72.5%")]
    [InlineData(-0.0000000001, 0.2, true, "0%")]
    [InlineData(0.25, 0.05, false, "0.25")]
    [InlineData(1500, 500, false, "1,500")]
    public void Ticks_show_as_many_decimals_as_their_step_needs(double value, double step, bool percent, string expected)
    {
        Assert.Equal(expected, ValueFormat.Tick(value, step, percent));
    }

    [Theory]
    [InlineData(0.8754, true, "87.5%")]
    [InlineData(0.8754, false, "0.875")]
    [InlineData(12.345, false, "12.35")]
    [InlineData(1234.5, false, "1,234")]
    [InlineData(null, true, "—")]
    [InlineData(double.NaN, false, "—")]
    public void Values_read_with_three_digits_or_one_decimal_of_a_percent(double? value, bool percent, string expected)
    {
        Assert.Equal(expected, ValueFormat.Value(value, percent));
    }

    [Theory]
    [InlineData(0, "n=0")]
    [InlineData(4512, "n=4,512")]
    [InlineData(12_345, "n=12.3k")]
    [InlineData(4_100_000, "n=4.1M")]
    public void Sizes_are_compact(long size, string expected) => Assert.Equal(expected, ValueFormat.Size(size));
}
