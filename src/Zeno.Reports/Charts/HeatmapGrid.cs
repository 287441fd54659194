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

    public void DrawColumnLabels(ChartInk ink, IReadOnlyList<string> slices)
    {
        var font = ink.Label;
        var lineHeight = ChartInk.LineHeight(font);
        var top = Cells.Bottom + ChartTheme.Gap;
        for (var i = 0; i < slices.Count; i += Plan.Stride)
        {
            var center = Column(i) + CellWidth / 2;
            if (Plan.Angle == 0)
            {
                var lines = ChartInk.Wrap(font, slices[i], Plan.MaxLength, Plan.Lines);
                for (var l = 0; l < lines.Count; l++)
                    ink.Text(lines[l], center, ChartInk.Baseline(font, top + lineHeight * (l + 0.5f)), font, ChartTheme.Ink, SKTextAlign.Center);
                continue;
            }
            var room = Plan.Angle == -45 ? Math.Min(Plan.MaxLength, (center - Bounds.Left) / 0.7071f - lineHeight) : Plan.MaxLength;
            ink.Canvas.Save();
            ink.Canvas.Translate(center, top);
            ink.Canvas.RotateDegrees(Plan.Angle);
            ink.Text(ChartInk.Fit(font, slices[i], room), 0, ChartInk.Baseline(font, 0), font, ChartTheme.Ink, SKTextAlign.Right);
            ink.Canvas.Restore();
        }
    }
}
