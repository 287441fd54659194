using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>
/// Small multiples of bar, line or beeswarm panels with shared axes: every panel has the same plot size and scales;
/// value ticks are written once per row (left column), category labels once per column (under its lowest panel), as
/// Vega does for facets, so many facets still leave room for the plots. One facet is the plain case of one panel.
/// </summary>
internal static class CartesianGrid
{
    private const float PixelsPerTick = 48f;

    /// <param name="body">The room for the panels and their facet titles.</param>
    /// <param name="facets">The facet titles; one "" without a facet channel.</param>
    /// <param name="titled">Whether panels have a title row (a facet channel).</param>
    /// <param name="domain">The value range every panel shares.</param>
    /// <param name="labels">The categories along x.</param>
    /// <param name="points">Categories at points (lines) rather than bands (bars, swarms).</param>
    /// <param name="percent">Whether ticks read as percentages.</param>
    /// <param name="ink">The fonts to measure labels with.</param>
    public static IReadOnlyList<CartesianPanel> Layout(SKRect body, IReadOnlyList<string> facets, bool titled, (double Min, double Max) domain,
        IReadOnlyList<string> labels, bool points, bool percent, ChartInk ink)
    {
        var grid = FacetGrid.For(facets.Count, body.Width, body.Height);
        var tickHeight = ChartInk.LineHeight(ink.Small);
        var lineHeight = ChartInk.LineHeight(ink.Label);
        var titleHeight = titled ? ChartInk.LineHeight(ink.LabelBold) + 4 : 0;
        var columnGap = grid.Columns > 1 ? 2 * ChartTheme.Pad : 0;
        var rowGap = grid.Rows > 1 ? 2 * ChartTheme.Gap : 0;
        var longest = labels.Count == 0 ? 0 : labels.Max(l => ChartInk.Width(ink.Label, l));
        var maxDepth = body.Height * (grid.Rows == 1 ? 0.38f : 0.25f);

        // Tick count depends on the plot's height, which depends on the x labels' depth, which depends on the width
        // the tick labels leave: two passes settle it.
        var ticks = NiceTicks.For(domain.Min, domain.Max, TickCount(body.Height / grid.Rows));
        float yLabels = 0, plotWidth = 0, plotHeight = 0;
        var plan = XLabelPlan.For(0, 0, lineHeight, 0);
        for (var pass = 0; pass < 2; pass++)
        {
            yLabels = ticks.Values.Max(v => ChartInk.Width(ink.Small, ValueFormat.Tick(v, ticks.Step, percent))) + ChartTheme.Gap;
            plotWidth = Math.Max(1, (body.Width - yLabels - columnGap * (grid.Columns - 1)) / grid.Columns - 2);
            plan = XLabelPlan.For(Scale(labels.Count, 0, plotWidth, points).Step, longest, lineHeight, maxDepth);
            var depth = plan.Depth + ChartTheme.Gap;
            plotHeight = Math.Max(1, (body.Height - depth - rowGap * (grid.Rows - 1)) / grid.Rows - titleHeight - tickHeight / 2);
            ticks = NiceTicks.For(domain.Min, domain.Max, TickCount(plotHeight));
        }

        var panels = new List<CartesianPanel>();
        for (var f = 0; f < facets.Count; f++)
        {
            var (row, column) = Math.DivRem(f, grid.Columns);
            var left = body.Left + yLabels + column * (plotWidth + 2 + columnGap);
            var top = body.Top + row * (titleHeight + tickHeight / 2 + plotHeight + rowGap) + titleHeight + tickHeight / 2;
            var plot = new SKRect(left, top, left + plotWidth, top + plotHeight);
            var labelLeft = column == 0 ? body.Left : left - columnGap;
            panels.Add(new CartesianPanel(plot, Scale(labels.Count, plot.Left, plot.Right, points), ticks, plan, labels, percent,
                showTicks: column == 0, showLabels: f + grid.Columns >= facets.Count, labelLeft,
                titled ? facets[f] : "", titleHeight));
        }
        return panels;
    }

    private static BandScale Scale(int count, float start, float end, bool points) =>
        points ? new BandScale(count, start, end, 1f, 0.5f) : new BandScale(count, start, end, 0.2f, 0.1f);

    private static int TickCount(float height) => Math.Clamp((int)(height / PixelsPerTick), 2, 10);
}
