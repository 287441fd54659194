using SkiaSharp;
using Zeno.Core.State;

namespace Zeno.Reports.Charts;

/// <summary>
/// The body of every chart but the heat map: the colour legend (tables have none: their series are columns), then a
/// panel per facet, each titled with its facet's value: bar, line and beeswarm panels on shared axes
/// (<see cref="CartesianGrid"/>), tables and radars in cells of a <see cref="FacetGrid"/>. All panels share one value
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
        var titled = cube.FacetDimension is not null;
        if (type is ChartType.Bar or ChartType.Line or ChartType.Beeswarm)
        {
            var panels = CartesianGrid.Layout(body, cube.Facets, titled, domain, cube.X, points: type == ChartType.Line, cube.Percent, ink);
            for (var f = 0; f < panels.Count; f++)
            {
                if (type == ChartType.Bar) BarChart.DrawPanel(ink, cube, f, panels[f]);
                else if (type == ChartType.Line) LineChart.DrawPanel(ink, cube, f, panels[f]);
                else BeeswarmChart.DrawPanel(ink, cube, f, panels[f]);
            }
            return;
        }
        // Tables and radars have no shared axes: each facet is a cell of its own, titled above.
        var aspect = type == ChartType.Table
            ? TableLayout.Aspect(cube.X.Count, cube.ColorDimension is null ? 1 : cube.Colors.Count, cube.X.Max(x => ChartInk.Width(ink.Label, x)), ink.Label)
            : 1.5f; // a radar's spoke labels stick out left and right
        var grid = FacetGrid.For(cube.Facets.Count, body.Width, body.Height, aspect);
        var titleHeight = titled ? ChartInk.LineHeight(ink.LabelBold) + 4 : 0;
        for (var f = 0; f < cube.Facets.Count; f++)
        {
            var cell = grid.Cell(body, f, 2 * ChartTheme.Pad);
            // Over a radar the title is centred; over a table (left-aligned, often narrower than its cell) it starts at the left.
            var table = type == ChartType.Table;
            if (titled)
                ink.Text(ChartInk.Fit(ink.LabelBold, cube.Facets[f], cell.Width), table ? cell.Left : cell.MidX,
                    ChartInk.Baseline(ink.LabelBold, cell.Top + titleHeight / 2 - 2), ink.LabelBold, ChartTheme.Ink, table ? SKTextAlign.Left : SKTextAlign.Center);
            var panel = new SKRect(cell.Left, cell.Top + titleHeight, cell.Right, cell.Bottom);
            if (panel.Width < 24 || panel.Height < 24) continue;
            if (table) TableChart.DrawPanel(ink, cube, f, panel);
            else RadarChart.DrawPanel(ink, cube, f, panel, domain);
        }
    }

    private static (double Min, double Max) Domain(ChartCube cube, ChartType type) => type switch
    {
        ChartType.Line => LineChart.Domain(cube),
        ChartType.Beeswarm => BeeswarmChart.Domain(cube),
        ChartType.Radar => RadarChart.Domain(cube),
        _ => BarChart.Domain(cube),
    };
}
