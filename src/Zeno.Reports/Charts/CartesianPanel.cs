using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>
/// One bar, line or beeswarm panel as <see cref="CartesianGrid"/> placed it: its plot area, the categories' bands (or
/// points) along x, the value scale with nice ticks, and which of the shared axis labels it writes.
/// </summary>
internal sealed class CartesianPanel
{
    private readonly IReadOnlyList<string> labels;
    private readonly bool percent;
    private readonly bool showTicks;
    private readonly bool showLabels;
    private readonly float labelLeft;
    private readonly string title;
    private readonly float titleHeight;

    public CartesianPanel(SKRect plot, BandScale x, NiceTicks ticks, XLabelPlan plan, IReadOnlyList<string> labels, bool percent,
        bool showTicks, bool showLabels, float labelLeft, string title, float titleHeight)
    {
        Plot = plot;
        X = x;
        Ticks = ticks;
        Plan = plan;
        Y = new LinearScale(ticks.Min, ticks.Max, plot.Bottom, plot.Top);
        this.labels = labels;
        this.percent = percent;
        this.showTicks = showTicks;
        this.showLabels = showLabels;
        this.labelLeft = labelLeft;
        this.title = title;
        this.titleHeight = titleHeight;
    }

    public SKRect Plot { get; }
    public BandScale X { get; }
    public LinearScale Y { get; }
    public NiceTicks Ticks { get; }
    public XLabelPlan Plan { get; }

    /// <summary>The facet title, gridlines and (in the left column) tick labels, drawn before the marks.</summary>
    public void DrawGrid(ChartInk ink)
    {
        if (title.Length > 0)
        {
            var font = ink.LabelBold;
            var middle = Plot.Top - ChartInk.LineHeight(ink.Small) / 2 - titleHeight / 2;
            ink.Text(ChartInk.Fit(font, title, Plot.Width + 2 * ChartTheme.Pad), Plot.MidX, ChartInk.Baseline(font, middle), font, ChartTheme.Ink, SKTextAlign.Center);
        }
        foreach (var value in Ticks.Values)
        {
            var y = Y.Map(value);
            var line = value == 0 ? ink.Stroke(ChartTheme.Axis, 1f) : ink.Stroke(ChartTheme.Grid, 1f);
            ink.Canvas.DrawLine(Plot.Left, y, Plot.Right, y, line);
            if (showTicks)
                ink.Text(ValueFormat.Tick(value, Ticks.Step, percent), Plot.Left - ChartTheme.Gap / 2, ChartInk.Baseline(ink.Small, y), ink.Small, ChartTheme.Muted, SKTextAlign.Right);
        }
    }

    /// <summary>The category labels under the plot, when this panel is the lowest of its column.</summary>
    public void DrawXLabels(ChartInk ink)
    {
        if (showLabels) XLabels.Draw(ink, labels, X.Center, Plot.Bottom + ChartTheme.Gap, Plan, labelLeft);
    }
}
