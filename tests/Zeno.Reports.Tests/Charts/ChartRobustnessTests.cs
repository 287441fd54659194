using Zeno.Core.State;
using Zeno.Reports.Charts;

namespace Zeno.Reports.Tests.Charts;

/// <summary>Whatever a report holds, a chart draws: empty, all missing, one value, many, negative, tiny.</summary>
public sealed class ChartRobustnessTests
{
    public static TheoryData<ChartType> Types => new(Enum.GetValues<ChartType>());

    [Theory]
    [MemberData(nameof(Types))]
    public void Every_type_draws_odd_reports_without_throwing(ChartType type)
    {
        var encodings = new[]
        {
            new ChartEncoding(ChartDimension.Slices),
            new ChartEncoding(ChartDimension.Models, ChartDimension.Slices),
            new ChartEncoding(ChartDimension.Metrics, ChartDimension.Models, ChartDimension.Slices),
        };
        foreach (var encoding in encodings)
        {
            var reports = new[]
            {
                Samples.Report(type, encoding, 1, 1, 1),
                Samples.Report(type, encoding, 30, 8, 2),
                Samples.Report(type, encoding, 2, 3, 1) with { Values = new Dictionary<(string, string, string), double?>(), Intersections = null },
                Samples.Report(type, encoding, 0, 0, 0),
                Samples.Report(type, encoding, 4, 2, 1) with { Title = new string('W', 400), Percent = false },
                Negative(Samples.Report(type, encoding, 4, 3, 2)),
            };
            foreach (var data in reports)
                foreach (var (width, height) in new[] { (400, 260), (120, 80), (30, 20) })
                {
                    Assert.NotEmpty(ChartImages.Png(data, width, height, scale: 1));
                    Assert.StartsWith("<?xml", ChartImages.Svg(data, width, height));
                }
        }
    }

    [Fact]
    public void The_same_chart_draws_the_same_bytes()
    {
        foreach (var type in Enum.GetValues<ChartType>())
        {
            var data = Samples.Report(type, new ChartEncoding(ChartDimension.Slices, ChartDimension.Models));
            Assert.Equal(ChartImages.Png(data, 500, 300), ChartImages.Png(data, 500, 300));
            Assert.Equal(ChartImages.Svg(data, 500, 300), ChartImages.Svg(data, 500, 300));
        }
    }

    [Fact]
    public void Bad_sizes_are_refused()
    {
        var data = Samples.Values(ChartType.Bar, 0.5);
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartImages.Png(data, 0, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartImages.Png(data, 10, 10, float.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartImages.Svg(data, 10, -1));
    }

    private static ChartData Negative(ChartData data) => data with
    {
        Percent = false,
        Values = data.Values.ToDictionary(p => p.Key, p => p.Value is { } v ? (v - 0.75) * 40 : (double?)null),
    };
}
