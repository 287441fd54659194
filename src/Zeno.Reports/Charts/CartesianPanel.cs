using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>
/// The frame of a bar, line or beeswarm panel: a value axis on the left with nice ticks and gridlines, categories in
/// bands (or points) along x with labels set by <see cref="XLabelPlan"/>, and the plot area left between them.
/// </summary>
internal sealed class CartesianPanel
{
    private const float PixelsPerTick = 48f;

    private readonly SKRect bounds;
    private readonly IReadOnlyList<string> labels;
    private readonly bool percent;

    private CartesianPanel(SKRect bounds, SKRect plot, BandScale x, NiceTicks ticks, XLabelPlan plan, IReadOnlyList<string> labels, bool percent)
    {
        this.bounds = bounds;
        this.labels = labels;
        this.percent = percent;
        Plot = plot;
        X = x;
        Ticks = ticks;
        Plan = plan;
        Y = new LinearScale(ticks.Min, ticks.Max, plot.Bottom, plot.Top);
    }

    public SKRect Plot { get; }
    public BandScale X { get; }
    public LinearScale Y { get; }
    public NiceTicks Ticks { get; }
    public XLabelPlan Plan { get; }

    /// <summary>Lays out a panel in <paramref name="bounds"/> for values in <paramref name="domain"/>; <paramref name="points"/> puts categories at points (lines) rather than bands (bars).</summary>
    public static CartesianPanel Layout(SKRect bounds, (double Min, double Max) domain, IReadOnlyList<string> labels, bool points, bool percent, SKFont tickFont, SKFont labelFont)
    {
        var tickHeight = ChartInk.LineHeight(tickFont);
        var top = bounds.Top + tickHeight / 2; // room for the top tick's label
        var ticks = NiceTicks.For(domain.Min, domain.Max, TickCount(bounds.Bottom - top));
        var longest = labels.Count == 0 ? 0 : labels.Max(l => ChartInk.Width(labelFont, l));
        var lineHeight = ChartInk.LineHeight(labelFont);
        BandScale x = default;
        XLabelPlan plan = XLabelPlan.For(0, 0, lineHeight, 0);
        var bottom = bounds.Bottom;
        // Tick count depends on the plot's height, which depends on the x labels' depth, which depends on the width
        // the tick labels leave: two passes settle it.
        for (var pass = 0; pass < 2; pass++)
        {
            var left = bounds.Left + ticks.Values.Max(v => ChartInk.Width(tickFont, ValueFormat.Tick(v, ticks.Step, percent))) + ChartTheme.Gap;
            x = points
                ? new BandScale(labels.Count, left, bounds.Right - 2, 1f, 0.5f)
                : new BandScale(labels.Count, left, bounds.Right - 2, 0.2f, 0.1f);
            plan = XLabelPlan.For(x.Step, longest, lineHeight, bounds.Height * 0.38f);
            bottom = Math.Max(top + 1, bounds.Bottom - plan.Depth - ChartTheme.Gap);
            ticks = NiceTicks.For(domain.Min, domain.Max, TickCount(bottom - top));
        }
        return new CartesianPanel(bounds, new SKRect(x.Start, top, x.End, bottom), x, ticks, plan, labels, percent);
    }

    /// <summary>Gridlines and tick labels, drawn before the marks.</summary>
    public void DrawGrid(ChartInk ink)
    {
        var font = ink.Small;
        foreach (var value in Ticks.Values)
        {
            var y = Y.Map(value);
            var line = value == 0 ? ink.Stroke(ChartTheme.Axis, 1f) : ink.Stroke(ChartTheme.Grid, 1f);
            ink.Canvas.DrawLine(Plot.Left, y, Plot.Right, y, line);
            ink.Text(ValueFormat.Tick(value, Ticks.Step, percent), Plot.Left - ChartTheme.Gap / 2, ChartInk.Baseline(font, y), font, ChartTheme.Muted, SKTextAlign.Right);
        }
    }

    /// <summary>The category labels under the plot.</summary>
    public void DrawXLabels(ChartInk ink)
    {
        var font = ink.Label;
        var lineHeight = ChartInk.LineHeight(font);
        var top = Plot.Bottom + ChartTheme.Gap;
        for (var i = 0; i < labels.Count; i += Plan.Stride)
        {
            var center = X.Center(i);
            if (Plan.Angle == 0)
            {
                var lines = ChartInk.Wrap(font, labels[i], Plan.MaxLength, Plan.Lines);
                for (var l = 0; l < lines.Count; l++)
                    ink.Text(lines[l], center, ChartInk.Baseline(font, top + lineHeight * (l + 0.5f)), font, ChartTheme.Ink, SKTextAlign.Center);
                continue;
            }
            // A slanted label runs down-left from its tick and must not run past the panel's left edge.
            var room = Plan.Angle == -45 ? Math.Min(Plan.MaxLength, (center - bounds.Left) / 0.7071f - lineHeight) : Plan.MaxLength;
            var text = ChartInk.Fit(font, labels[i], room);
            ink.Canvas.Save();
            ink.Canvas.Translate(center, top);
            ink.Canvas.RotateDegrees(Plan.Angle);
            ink.Text(text, 0, ChartInk.Baseline(font, 0), font, ChartTheme.Ink, SKTextAlign.Right);
            ink.Canvas.Restore();
        }
    }

    private static int TickCount(float height) => Math.Clamp((int)(height / PixelsPerTick), 2, 10);
}
