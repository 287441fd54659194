using Zeno.Core.Query.Histograms;

namespace Zeno.Core.Tests.Query.Histograms;

public sealed class DateBinSpecTests
{
    private static readonly DateTime Jan1 = new(2024, 1, 1);

    [Theory]
    [InlineData(0.5, false, DateUnit.Minute, 15)]
    [InlineData(1.5, false, DateUnit.Hour, 1)]
    [InlineData(5, false, DateUnit.Hour, 3)]
    [InlineData(20, false, DateUnit.Hour, 12)]
    [InlineData(45, false, DateUnit.Day, 1)]
    [InlineData(200, false, DateUnit.Week, 1)]
    [InlineData(900, false, DateUnit.Month, 1)]
    [InlineData(3000, false, DateUnit.Month, 3)]
    [InlineData(20000, false, DateUnit.Year, 1)]
    [InlineData(200000, false, DateUnit.Year, 10)]
    [InlineData(1.5, true, DateUnit.Day, 1)]
    public void The_unit_is_the_finest_that_fits_in_sixty_bins(double days, bool dateOnly, DateUnit unit, int step)
    {
        var spec = DateBinSpec.For(Jan1.AddHours(7), Jan1.AddHours(7).AddDays(days), dateOnly);
        Assert.Equal((unit, step), (spec.Unit, spec.Step));
        Assert.InRange(spec.Count, 1, DateBinSpec.MaxBins);
    }

    [Fact]
    public void Edges_lie_on_calendar_boundaries_and_cover_the_range()
    {
        var spec = DateBinSpec.For(new DateTime(2023, 11, 17, 13, 5, 0), new DateTime(2025, 2, 3));
        Assert.Equal(DateUnit.Month, spec.Unit);
        Assert.Equal(new DateTime(2023, 11, 1), spec.Edges[0]);
        Assert.Equal(new DateTime(2025, 3, 1), spec.Edges[^1]);
        Assert.All(spec.Edges, edge => Assert.Equal((1, TimeSpan.Zero), (edge.Day, edge.TimeOfDay)));
    }

    [Fact]
    public void Weeks_start_on_monday()
    {
        // 2024-03-10 is a Sunday: it belongs to the week of Monday 2024-03-04.
        var spec = DateBinSpec.For(new DateTime(2024, 3, 10), new DateTime(2024, 6, 30), dateOnly: true);
        Assert.Equal(DateUnit.Week, spec.Unit);
        Assert.Equal(new DateTime(2024, 3, 4), spec.Edges[0]);
        Assert.All(spec.Edges, edge => Assert.Equal(DayOfWeek.Monday, edge.DayOfWeek));
    }

    [Fact]
    public void One_day_of_dates_is_one_bin_of_a_day()
    {
        var spec = DateBinSpec.For(Jan1, Jan1, dateOnly: true);
        Assert.Equal([Jan1, Jan1.AddDays(1)], spec.Edges);
        Assert.Equal(0, spec.BinOf(Jan1));
    }

    [Fact]
    public void Random_ranges_keep_every_promise()
    {
        var random = new Random(5);
        for (var i = 0; i < 3000; i++)
        {
            var start = new DateTime(1, 1, 1).AddDays(random.NextDouble() * 3_000_000);
            var span = TimeSpan.FromDays(Math.Pow(10, random.NextDouble() * 7 - 3));
            var end = DateTime.MaxValue - start > span ? start + span : DateTime.MaxValue;
            var spec = DateBinSpec.For(start, end, random.Next(4) == 0);
            var context = $"[{start:O}, {end:O}] → {spec.Unit}×{spec.Step}";
            Assert.True(spec.Edges[0] <= start && spec.Edges[^1] >= end, context);
            Assert.All(spec.Edges.Zip(spec.Edges.Skip(1)), pair => Assert.True(pair.First < pair.Second, context));
            Assert.InRange(spec.Count, 1, DateBinSpec.MaxBins);
            Assert.Equal(0, spec.BinOf(start));
            Assert.Equal(spec.Count - 1, spec.BinOf(end));
        }
    }
}
