using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>Draws category labels under an axis as an <see cref="XLabelPlan"/> says: wrapped and centred, or slanted and ending at their tick.</summary>
internal static class XLabels
{
    /// <param name="ink">What to draw with.</param>
    /// <param name="labels">The categories.</param>
    /// <param name="center">The x of category i's tick.</param>
    /// <param name="top">Where the labels start below the axis.</param>
    /// <param name="plan">How they are set.</param>
    /// <param name="leftBound">How far left a slanted label may run (the chart's edge, or the neighbouring panel).</param>
    public static void Draw(ChartInk ink, IReadOnlyList<string> labels, Func<int, float> center, float top, XLabelPlan plan, float leftBound)
    {
        var font = ink.Label;
        var lineHeight = ChartInk.LineHeight(font);
        for (var i = 0; i < labels.Count; i += plan.Stride)
        {
            var x = center(i);
            if (plan.Angle == 0)
            {
                var lines = ChartInk.Wrap(font, labels[i], plan.MaxLength, plan.Lines);
                for (var l = 0; l < lines.Count; l++)
                    ink.Text(lines[l], x, ChartInk.Baseline(font, top + lineHeight * (l + 0.5f)), font, ChartTheme.Ink, SKTextAlign.Center);
                continue;
            }
            // A slanted label runs down-left from its tick: at 45° its horizontal reach is its length × cos 45°.
            var room = plan.Angle == -45 ? Math.Min(plan.MaxLength, (x - leftBound) / 0.7071f - lineHeight) : plan.MaxLength;
            ink.Canvas.Save();
            ink.Canvas.Translate(x, top);
            ink.Canvas.RotateDegrees(plan.Angle);
            ink.Text(ChartInk.Fit(font, labels[i], room), 0, ChartInk.Baseline(font, 0), font, ChartTheme.Ink, SKTextAlign.Right);
            ink.Canvas.Restore();
        }
    }
}
