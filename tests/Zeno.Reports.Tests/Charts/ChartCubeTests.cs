using Zeno.Core.State;
using Zeno.Reports.Charts;

namespace Zeno.Reports.Tests.Charts;

public sealed class ChartCubeTests
{
    [Fact]
    public void Dimensions_on_no_channel_default_to_the_first_slice_or_metric_and_the_latest_model()
    {
        var data = Samples.Report(ChartType.Bar, new ChartEncoding(ChartDimension.Metrics));
        var cube = new ChartCube(data);
        Assert.Equal([(ChartDimension.Slices, "hard ham"), (ChartDimension.Models, "distilbert-ft-2024-09")], cube.Held);
        Assert.Equal(data.Values[("hard ham", "distilbert-ft-2024-09", "f1 (spam)")], cube.Value(0, 1, 0));
    }

    [Fact]
    public void A_held_value_picked_by_the_ui_wins_and_each_channel_reads_its_dimension()
    {
        var data = Samples.Report(ChartType.Bar, new ChartEncoding(ChartDimension.Slices, ChartDimension.Models, ChartDimension.Metrics)) with
        {
            Held = new Dictionary<ChartDimension, string> { [ChartDimension.Models] = "baseline-nb" },
        };
        var cube = new ChartCube(data);
        Assert.Empty(cube.Held);
        Assert.Equal((5, 4, 2), (cube.X.Count, cube.Colors.Count, cube.Facets.Count));
        Assert.Equal(data.Values[("easy ham", "logreg-v2", "f1 (spam)")], cube.Value(1, 1, 1));
    }

    [Fact]
    public void Missing_and_non_finite_values_are_null_never_zero()
    {
        var data = Samples.Values(ChartType.Bar, 0.5, null, double.NaN);
        var cube = new ChartCube(data with { Values = data.Values.Where(p => p.Key.Slice != "s0").ToDictionary() });
        Assert.Equal(new double?[] { null, null, null }, Enumerable.Range(0, 3).Select(x => cube.Value(0, x, 0)));
        Assert.Null(cube.Extent());
    }

    [Fact]
    public void A_dimension_on_two_channels_is_drawn_on_the_first_only()
    {
        var data = Samples.Report(ChartType.Bar, new ChartEncoding(ChartDimension.Slices, ChartDimension.Slices, ChartDimension.Slices));
        var cube = new ChartCube(data);
        Assert.Null(cube.ColorDimension);
        Assert.Null(cube.FacetDimension);
    }
}
