using SkiaSharp;
using Zeno.Core.State;

namespace Zeno.Reports.Charts;

/// <summary>
/// The body of every chart but the heat map: the colour legend (tables have none: their series are columns), then a
/// panel per facet in a <see cref="FacetGrid"/>, each titled with its facet's value. All panels share one value
/// domain, so panels compare.
/// </summary>
internal static class ChartPanels
{
    private const float LegendShare = 0.22f;

    public static void Draw(ChartInk ink, ChartCube cube, ChartType type, SKRect body)
    {
        if (cube.ColorDimension is { } color && type != ChartType.Table)
        {
            var maxRows = (int)(body.Height * LegendShare / (ChartInk.LineHeight(ink.Label) + 2));
            var legend = new Legend(ChartCube.Noun(color), cube.Colors, Palette.Series, body.Width, maxRows, ink.Label, ink.LabelBold);
            legend.Draw(ink, body.Left, body.Top);
            body = new SKRect(body.Left, body.Top + legend.Height + ChartTheme.Gap, body.Right, body.Bottom);
        }
        var domain = Domain(cube, type);
        var grid = FacetGrid.For(cube.Facets.Count, body.Width, body.Height);
        var titled = cube.FacetDimension is not null;
        var titleHeight = titled ? ChartInk.LineHeight(ink.LabelBold) + 4 : 0;
        for (var f = 0; f < cube.Facets.Count; f++)
        {
            var cell = grid.Cell(body, f, 2 * ChartTheme.Pad);
            if (titled)
                ink.Text(ChartInk.Fit(ink.LabelBold, cube.Facets[f], cell.Width), cell.MidX, ChartInk.Baseline(ink.LabelBold, cell.Top + titleHeight / 2 - 2),
                    ink.LabelBold, ChartTheme.Ink, SKTextAlign.Center);
            var panel = new SKRect(cell.Left, cell.Top + titleHeight, cell.Right, cell.Bottom);
            if (panel.Width < 24 || panel.Height < 24) continue;
            switch (type)
            {
                case ChartType.Table: TableChart.DrawPanel(ink, cube, f, panel); break;
                default: BarChart.DrawPanel(ink, cube, f, panel, domain); break;
            }
        }
    }

    private static (double Min, double Max) Domain(ChartCube cube, ChartType type) => type switch
    {
        _ => BarChart.Domain(cube),
    };
}
