using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>A chart's title and, under it, what the chart holds fixed ("Metric: accuracy · Model: v4"); both truncated to one line.</summary>
internal static class ChartHeader
{
    /// <summary>Draws the header at the top of <paramref name="area"/> and returns the room left below it.</summary>
    public static SKRect Draw(ChartInk ink, SKRect area, string title, string subtitle)
    {
        var width = area.Width - 2 * ChartTheme.Pad;
        var top = area.Top + ChartTheme.Pad;
        var titleHeight = ChartInk.LineHeight(ink.Title);
        ink.Text(ChartInk.Fit(ink.Title, title, width), area.Left + ChartTheme.Pad, ChartInk.Baseline(ink.Title, top + titleHeight / 2), ink.Title, ChartTheme.Ink);
        top += titleHeight;
        if (subtitle.Length > 0)
        {
            var subtitleHeight = ChartInk.LineHeight(ink.Small);
            ink.Text(ChartInk.Fit(ink.Small, subtitle, width), area.Left + ChartTheme.Pad, ChartInk.Baseline(ink.Small, top + subtitleHeight / 2), ink.Small, ChartTheme.Muted);
            top += subtitleHeight;
        }
        return new SKRect(area.Left + ChartTheme.Pad, top + ChartTheme.Gap, area.Right - ChartTheme.Pad, area.Bottom - ChartTheme.Pad);
    }
}
