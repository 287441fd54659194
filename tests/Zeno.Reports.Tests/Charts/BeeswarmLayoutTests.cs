using Zeno.Reports.Charts;

namespace Zeno.Reports.Tests.Charts;

public sealed class BeeswarmLayoutTests
{
    [Fact]
    public void No_two_points_overlap_for_random_data()
    {
        var random = new Random(2024);
        for (var trial = 0; trial < 300; trial++)
        {
            var count = random.Next(0, 60);
            var radius = 1 + (float)random.NextDouble() * 6;
            // Clustered values, ties included: the hard case.
            var ys = Enumerable.Range(0, count).Select(_ => random.Next(4) == 0 ? 50f : (float)Math.Round(random.NextDouble() * 80, 1)).ToArray();
            var xs = BeeswarmLayout.Offsets(ys, radius);
            for (var i = 0; i < count; i++)
                for (var j = i + 1; j < count; j++)
                {
                    var distance = MathF.Sqrt((xs[i] - xs[j]) * (xs[i] - xs[j]) + (ys[i] - ys[j]) * (ys[i] - ys[j]));
                    Assert.True(distance >= 2 * radius * 0.999f, $"trial {trial}: points {i} and {j} are {distance} apart with radius {radius}");
                }
        }
    }

    [Fact]
    public void Points_far_apart_stay_on_the_centre_line_and_ties_spread_to_both_sides()
    {
        Assert.Equal([0f, 0f, 0f], BeeswarmLayout.Offsets([0f, 20f, 40f], 5));
        var tied = BeeswarmLayout.Offsets([10f, 10f, 10f], 5);
        Assert.Equal([-10f, 0f, 10f], tied.Order().ToArray());
    }

    [Fact]
    public void The_layout_is_deterministic()
    {
        float[] ys = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
        Assert.Equal(BeeswarmLayout.Offsets(ys, 2), BeeswarmLayout.Offsets(ys, 2));
    }
}
