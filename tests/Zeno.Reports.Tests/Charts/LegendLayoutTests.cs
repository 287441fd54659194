using Zeno.Reports.Charts;

namespace Zeno.Reports.Tests.Charts;

public sealed class LegendLayoutTests
{
    [Fact]
    public void Entries_flow_into_rows_without_overlapping_or_passing_the_edge()
    {
        var random = new Random(5);
        for (var trial = 0; trial < 500; trial++)
        {
            var available = random.Next(80, 800);
            var widths = Enumerable.Range(0, random.Next(1, 40)).Select(_ => (float)random.Next(20, Math.Min(available, 190))).ToList();
            var maxRows = random.Next(1, 6);
            var indent = random.Next(0, 60);
            const float more = 60, gap = 10;
            var plan = LegendLayout.Flow(widths, available, indent, gap, maxRows, more);

            Assert.InRange(plan.Rows, 1, maxRows);
            Assert.Equal(widths.Count, plan.Slots.Count + plan.Hidden);
            Assert.All(plan.Slots, s => Assert.True(s.X >= 0 && s.X + s.Width <= available + 0.01f && s.Row < plan.Rows));
            Assert.All(plan.Slots.Where(s => s.Row == 0), s => Assert.True(s.X >= indent));
            foreach (var row in plan.Slots.GroupBy(s => s.Row))
            {
                var ordered = row.OrderBy(s => s.X).ToList();
                for (var i = 1; i < ordered.Count; i++)
                    Assert.True(ordered[i].X >= ordered[i - 1].X + ordered[i - 1].Width, $"trial {trial}: overlap in row {row.Key}");
            }
            if (plan.Hidden > 0 && plan.Slots.Count > 0)
            {
                Assert.True(plan.MoreX + more <= available + 0.01f);
                var lastRow = plan.Slots.Where(s => s.Row == plan.Rows - 1).ToList();
                Assert.All(lastRow, s => Assert.True(s.X + s.Width <= plan.MoreX));
            }
        }
    }

    [Fact]
    public void Everything_fits_on_one_row_when_there_is_room()
    {
        var plan = LegendLayout.Flow([50, 50, 50], 400, 40, 10, 3, 60);
        Assert.Equal(1, plan.Rows);
        Assert.Equal(0, plan.Hidden);
        Assert.Equal([40f, 100f, 160f], plan.Slots.Select(s => s.X).ToArray());
    }
}
