using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>
/// A colour legend under the title: the dimension's name, then a swatch and a (truncated) name per series, flowed in
/// rows across the chart's width by <see cref="LegendLayout"/>, with "+N more" when rows run out.
/// </summary>
internal sealed class Legend
{
    private const float Swatch = 10f;
    private const float SwatchGap = 4f;
    private const float EntryGap = 14f;
    private const float MaxLabel = 170f;

    private readonly string header;
    private readonly string[] labels;
    private readonly SKColor[] colors;
    private readonly LegendPlan plan;
    private readonly string more;

    public Legend(string header, IReadOnlyList<string> names, Func<int, SKColor> color, float width, int maxRows, SKFont font, SKFont headerFont)
    {
        this.header = header;
        var labelRoom = Math.Max(0, Math.Min(MaxLabel, width - Swatch - SwatchGap));
        labels = [.. names.Select(n => ChartInk.Fit(font, n, labelRoom))];
        colors = [.. names.Select((_, i) => color(i))];
        var headerWidth = header.Length == 0 ? 0 : ChartInk.Width(headerFont, header) + EntryGap;
        var widths = labels.Select(l => Swatch + SwatchGap + ChartInk.Width(font, l)).ToList();
        more = "+" + names.Count + " more"; // the widest the note can get
        plan = LegendLayout.Flow(widths, width, headerWidth, EntryGap, Math.Max(1, maxRows), ChartInk.Width(font, more));
        more = "+" + plan.Hidden + " more";
        RowHeight = ChartInk.LineHeight(font) + 2;
    }

    public float RowHeight { get; }
    public float Height => plan.Rows * RowHeight;

    public void Draw(ChartInk ink, float left, float top)
    {
        var font = ink.Label;
        float Middle(int row) => top + row * RowHeight + RowHeight / 2;
        ink.Text(header, left, ChartInk.Baseline(ink.LabelBold, Middle(0)), ink.LabelBold, ChartTheme.Ink);
        foreach (var slot in plan.Slots)
        {
            var middle = Middle(slot.Row);
            var x = left + slot.X;
            // A plain square: a rounded one becomes a long curve path in SVG.
            ink.Canvas.DrawRect(SKRect.Create(x, middle - Swatch / 2, Swatch, Swatch), ink.Fill(colors[slot.Index]));
            ink.Text(labels[slot.Index], x + Swatch + SwatchGap, ChartInk.Baseline(font, middle), font, ChartTheme.Ink);
        }
        if (plan.Hidden > 0)
            ink.Text(more, left + plan.MoreX, ChartInk.Baseline(font, Middle(plan.Rows - 1)), font, ChartTheme.Muted);
    }
}
