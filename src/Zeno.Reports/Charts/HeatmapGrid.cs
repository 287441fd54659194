using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>A heat map's geometry: row labels on the left, square-ish cells, column labels below set by <see cref="XLabelPlan"/>.</summary>
internal sealed class HeatmapGrid
{
    private const float CellGap = 1.5f;

    private HeatmapGrid(SKRect bounds, SKRect cells, float labelWidth, int count, XLabelPlan plan)
    {
        Bounds = bounds;
        Cells = cells;
        LabelWidth = labelWidth;
        Count = count;
        Plan = plan;
    }

    public SKRect Bounds { get; }
    public SKRect Cells { get; }
    public float LabelWidth { get; }
    public int Count { get; }
    public XLabelPlan Plan { get; }
    public float CellWidth => Cells.Width / Count - CellGap;
    public float CellHeight => Cells.Height / Count - CellGap;

    public float Column(int index) => Cells.Left + index * Cells.Width / Count;
    public float Row(int index) => Cells.Top + index * Cells.Height / Count;

    public static HeatmapGrid For(SKRect bounds, IReadOnlyList<string> slices, SKFont font)
    {
        var longest = slices.Max(s => ChartInk.Width(font, s));
        var labelWidth = Math.Min(longest + 2 * ChartTheme.Gap, bounds.Width * 0.3f);
        var width = bounds.Width - labelWidth;
        var plan = XLabelPlan.For(width / slices.Count, longest, ChartInk.LineHeight(font), bounds.Height * 0.3f);
        var height = bounds.Height - plan.Depth - ChartTheme.Gap;
        // Cells no more than twice as wide as tall, so a few slices do not make a page-wide smear; the grid is centred.
        var cellWidth = Math.Min(width / slices.Count, 2.2f * height / slices.Count);
        var left = bounds.Left + labelWidth;
        var cells = new SKRect(left, bounds.Top, left + cellWidth * slices.Count, bounds.Top + height);
        return new HeatmapGrid(bounds, cells, labelWidth, slices.Count, plan);
    }

    public void DrawColumnLabels(ChartInk ink, IReadOnlyList<string> slices) =>
        XLabels.Draw(ink, slices, i => Column(i) + CellWidth / 2, Cells.Bottom + ChartTheme.Gap, Plan, Bounds.Left);
}
