using SkiaSharp;
using Zeno.Core.State;
using Zeno.Reports.Charts;

namespace Zeno.Reports.Tests.Charts;

/// <summary>What the charts draw, read back from their pixels.</summary>
public sealed class ChartPixelTests
{
    private static readonly SKColor FirstSeries = Palette.Series(0);

    [Fact]
    public void Bar_heights_are_proportional_to_the_values_and_a_missing_value_draws_no_bar()
    {
        using var pixels = new Pixels(ChartImages.Png(Samples.Values(ChartType.Bar, 0.2, 0.4, null, 0.8), 400, 300, scale: 1));
        var bars = pixels.Runs(FirstSeries);

        Assert.Equal(3, bars.Count);
        var tallest = bars[2].Height;
        Assert.InRange(bars[0].Height, tallest * 0.25 - 2, tallest * 0.25 + 2);
        Assert.InRange(bars[1].Height, tallest * 0.5 - 2, tallest * 0.5 + 2);
        // The missing value keeps its slot: the gap before the last bar is a whole band wider.
        var pitch = bars[1].Start - bars[0].Start;
        Assert.InRange(bars[2].Start - bars[1].Start, 2 * pitch - 2, 2 * pitch + 2);
    }

    [Fact]
    public void Negative_bars_hang_below_zero()
    {
        var data = Samples.Values(ChartType.Bar, 0.5, -0.5) with { Percent = false };
        using var pixels = new Pixels(ChartImages.Png(data, 300, 300, scale: 1));
        var bars = pixels.Runs(FirstSeries);
        Assert.Equal(2, bars.Count);
        Assert.InRange(bars[1].Height, bars[0].Height - 2, bars[0].Height + 2);
        int Top(int column) => Enumerable.Range(0, pixels.Height).First(y => pixels[column, y] == FirstSeries);
        var (up, down) = ((bars[0].Start + bars[0].End) / 2, (bars[1].Start + bars[1].End) / 2);
        Assert.InRange(Top(down) - (Top(up) + bars[0].Height), -2, 2); // the second starts where the first ends: at zero
    }

    [Fact]
    public void A_line_breaks_at_a_missing_value_instead_of_dropping_to_zero()
    {
        int Middle(ChartData data)
        {
            using var pixels = new Pixels(ChartImages.Png(data, 300, 200, scale: 1));
            return pixels.ColumnCounts(FirstSeries)[pixels.Width / 2 + 4];
        }
        Assert.True(Middle(Samples.Values(ChartType.Line, 0.5, 0.6, 0.5)) > 0);
        Assert.Equal(0, Middle(Samples.Values(ChartType.Line, 0.5, null, 0.5)));
    }

    [Fact]
    public void Heat_map_cells_are_coloured_in_the_order_of_their_values()
    {
        string[] slices = ["a", "b", "c"];
        double[] values = [0.91, 0.12, 0.55, 0.33, 0.78, 0.05, 0.67, 0.25, 0.44];
        var cells = new Dictionary<(string, string), (double?, long)>();
        for (var i = 0; i < 9; i++) cells[(slices[i / 3], slices[i % 3])] = (values[i], 100 + i);
        var data = new ChartData("heat", ChartType.Heatmap, new ChartEncoding(ChartDimension.Slices), slices, ["m"], ["acc"],
            new Dictionary<(string, string, string), double?>(), new Dictionary<ChartDimension, string>(), cells);

        using var pixels = new Pixels(ChartImages.Png(data, 420, 360, scale: 1));
        // The nine cells are the nine largest areas of one colour that is not white or grey.
        var fills = pixels.Colors().Where(c => !(c.Color.Red == c.Color.Green && c.Color.Green == c.Color.Blue)).Take(9).ToList();
        var byPosition = fills.OrderBy(f => f.Y).Chunk(3).SelectMany(row => row.OrderBy(f => f.X)).ToList();
        var luminance = byPosition.Select(f => Palette.Luminance(f.Color)).ToArray();

        var byValue = Enumerable.Range(0, 9).OrderBy(i => values[i]).Select(i => luminance[i]).ToArray();
        Assert.Equal(byValue.Order().ToArray(), byValue); // viridis grows lighter with the value
        Assert.Equal(HeatColors.At(1), byPosition[Array.IndexOf(values, values.Max())].Color);
        Assert.Equal(HeatColors.At(0), byPosition[Array.IndexOf(values, values.Min())].Color);
    }

    [Fact]
    public void A_missing_heat_map_cell_is_grey_not_the_colour_of_zero()
    {
        string[] slices = ["a", "b"];
        var cells = new Dictionary<(string, string), (double?, long)>
        {
            [("a", "a")] = (0.2, 10), [("a", "b")] = (null, 0), [("b", "a")] = (0.6, 10), [("b", "b")] = (0.9, 10),
        };
        var data = new ChartData("heat", ChartType.Heatmap, new ChartEncoding(ChartDimension.Slices), slices, ["m"], ["acc"],
            new Dictionary<(string, string, string), double?>(), new Dictionary<ChartDimension, string>(), cells);
        using var pixels = new Pixels(ChartImages.Png(data, 300, 300, scale: 1));
        var colors = pixels.Colors();
        var grey = colors.Single(c => c.Color == ChartTheme.MissingCell);
        var lowest = colors.Single(c => c.Color == HeatColors.At(0));
        Assert.True(grey.Count > 1000 && lowest.Count > 1000);
        Assert.True(grey.X > lowest.X && Math.Abs(grey.Y - lowest.Y) < 5); // top right, beside the lowest on the top row
    }

    [Fact]
    public void Beeswarm_and_radar_draw_a_dot_per_known_value()
    {
        foreach (var type in new[] { ChartType.Beeswarm, ChartType.Radar })
        {
            using var pixels = new Pixels(ChartImages.Png(Samples.Values(type, 0.2, 0.5, null, 0.9), 400, 300, scale: 1));
            Assert.True(pixels.ColumnCounts(FirstSeries).Sum() > 30, type.ToString());
        }
    }

    [Fact]
    public void The_png_has_the_asked_size_times_the_scale()
    {
        var data = Samples.Report(ChartType.Bar, new ChartEncoding(ChartDimension.Slices, ChartDimension.Models));
        using var pixels = new Pixels(ChartImages.Png(data, 321, 207, scale: 2));
        Assert.Equal((642, 414), (pixels.Width, pixels.Height));
        using var fractional = new Pixels(ChartImages.Png(data, 100, 80, scale: 1.5f));
        Assert.Equal((150, 120), (fractional.Width, fractional.Height));
        Assert.Equal(SKColors.White, pixels[1, 1]);
    }

    [Fact]
    public void Paint_draws_only_inside_its_area_and_restores_the_canvas()
    {
        using var bitmap = new SKBitmap(400, 300);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Red);
        var saves = canvas.SaveCount;
        ChartPainter.Paint(canvas, new SKRect(50, 40, 350, 260), Samples.Report(ChartType.Radar, new ChartEncoding(ChartDimension.Slices, ChartDimension.Models)));
        Assert.Equal(saves, canvas.SaveCount);
        Assert.True(canvas.TotalMatrix.IsIdentity);
        canvas.Flush();
        Assert.Equal(SKColors.Red, bitmap.GetPixel(49, 39));
        Assert.Equal(SKColors.Red, bitmap.GetPixel(351, 261));
        Assert.Equal(SKColors.White, bitmap.GetPixel(51, 41));
    }
}
