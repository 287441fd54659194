using SkiaSharp;
using Zeno.Reports.Charts;

namespace Zeno.Reports.Tests.Charts;

public sealed class FacetGridTests
{
    [Theory]
    [InlineData(1, 600, 400, 1, 1)]
    [InlineData(2, 800, 400, 2, 1)]
    [InlineData(2, 400, 800, 1, 2)]
    [InlineData(4, 800, 500, 2, 2)]
    [InlineData(8, 1000, 400, 4, 2)]
    public void The_grid_makes_panels_as_large_as_it_can(int count, float width, float height, int columns, int rows)
    {
        Assert.Equal(new FacetGrid(count, columns, rows), FacetGrid.For(count, width, height));
    }

    [Fact]
    public void Panels_tile_the_area_without_overlapping()
    {
        var grid = FacetGrid.For(7, 900, 500);
        var area = new SKRect(10, 20, 910, 520);
        var cells = Enumerable.Range(0, 7).Select(i => grid.Cell(area, i, 8)).ToList();
        Assert.All(cells, c => Assert.True(area.Contains(c)));
        for (var i = 0; i < cells.Count; i++)
            for (var j = i + 1; j < cells.Count; j++)
                Assert.False(SKRect.Intersect(cells[i], cells[j]) is { Width: > 0, Height: > 0 });
    }
}
