using Zeno.Reports.Charts;

namespace Zeno.Reports.Tests.Charts;

public sealed class XLabelPlanTests
{
    [Fact]
    public void Short_labels_stay_horizontal_and_long_ones_wrap_when_the_bands_are_wide()
    {
        Assert.Equal(new XLabelPlan(0, 1, 1, 96, 13), XLabelPlan.For(100, 60, 13, 100));
        Assert.Equal(2, XLabelPlan.For(100, 150, 13, 100).Lines);
    }

    [Fact]
    public void Narrow_bands_turn_the_labels_and_dense_ones_skip_labels()
    {
        Assert.Equal(-45, XLabelPlan.For(30, 150, 13, 100).Angle);
        var dense = XLabelPlan.For(5, 150, 13, 100);
        Assert.Equal((-90f, 3), (dense.Angle, dense.Stride));
    }

    [Fact]
    public void Neighbouring_labels_never_overlap_and_never_take_more_than_the_depth_allowed()
    {
        var random = new Random(9);
        for (var trial = 0; trial < 2000; trial++)
        {
            var step = (float)(random.NextDouble() * 200 + 0.5);
            var longest = (float)(random.NextDouble() * 300);
            var lineHeight = (float)(random.NextDouble() * 10 + 8);
            var maxDepth = (float)(random.NextDouble() * 200 + 2 * lineHeight);
            var plan = XLabelPlan.For(step, longest, lineHeight, maxDepth);
            var spacing = step * plan.Stride;
            switch (plan.Angle)
            {
                case 0: Assert.True(plan.MaxLength <= step - 4 + 1e-3); break; // centred in its band, narrower than it
                case -45: Assert.True(spacing * MathF.Sin(MathF.PI / 4) >= lineHeight - 1e-3); break; // parallel strips a line apart
                default: Assert.True(spacing >= lineHeight - 1e-3); break;
            }
            Assert.True(plan.Depth <= maxDepth + 1e-3, $"{plan} deeper than {maxDepth}");
        }
    }
}
