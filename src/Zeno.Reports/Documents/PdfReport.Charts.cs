using SkiaSharp;
using Zeno.Reports.Charts;
using Zeno.Reports.Snapshot;

namespace Zeno.Reports.Documents;

// The report's charts, drawn by the same painter as their PNG and SVG, and the slices' definitions.
public static partial class PdfReport
{
    private const float ChartHeight = 290;

    private static void ChartFigures(PdfDocumentState d)
    {
        var s = d.Snapshot;
        for (var i = 0; i < s.Charts.Count; i++)
        {
            var chart = s.Charts[i];
            if (i == 0)
                Heading(d, "Charts", ChartHeight + 14);
            else
                d.Pages.Need(ChartHeight + 14);
            // Charts are laid out for a screen-sized box (their PNG and SVG size); on paper the same layout is scaled down,
            // so text keeps its proportion to the bars instead of crowding a narrower box.
            var scale = d.Width / HtmlReport.ChartWidth;
            d.Canvas.Save();
            d.Canvas.Translate(d.Left, d.Pages.Y);
            d.Canvas.Scale(scale);
            ChartPainter.Paint(d.Canvas, SKRect.Create(HtmlReport.ChartWidth, ChartHeight / scale), SnapshotCharts.ToChartData(s, chart));
            d.Canvas.Restore();
            d.Pages.Y += ChartHeight + 2;
            var held = new[] { ("slice", chart.Held.Slice), ("model", chart.Held.Model), ("metric", chart.Held.Metric) }
                .Where(h => h.Item2 is not null).Select(h => $"{h.Item1} {h.Item2}").ToList();
            Lines(d, $"{chart.Name} ({chart.Type.ToString().ToLowerInvariant()}){(held.Count == 0 ? "" : " · showing " + string.Join(", ", held))}",
                d.Ink.Font(7.5f), PdfInk.Muted);
            d.Pages.Y += 8;
        }
    }

    private static void SliceDefinitions(PdfDocumentState d)
    {
        var s = d.Snapshot;
        var (name, folder, code) = (d.Ink.Font(9, bold: true), d.Ink.Font(7.5f), d.Ink.Font(8));
        Heading(d, "Slice definitions", 30);
        foreach (var slice in s.Slices)
        {
            var filter = ReportText.Filter(slice);
            var lines = PdfInk.Wrap(code, filter, d.Width - 12);
            // A short definition stays with its name; a long one may continue on the next page line by line.
            d.Pages.Need(14 + Math.Min(lines.Count, 3) * PdfInk.LineHeight(code));
            d.Ink.Text(d.Canvas, PdfInk.Fit(name, slice.Name, d.Width * 0.7f), d.Left, d.Pages.Y + 9, name, PdfInk.Ink);
            if (slice.Folder is not null)
                d.Ink.Text(d.Canvas, $"folder: {slice.Folder}", d.Left + d.Width, d.Pages.Y + 9, folder, PdfInk.Muted, SKTextAlign.Right);
            d.Pages.Y += 13;
            Lines(d, filter, code, slice.Missing ? PdfInk.Fail : PdfInk.Ink, indent: 12);
            d.Pages.Y += 5;
        }
    }
}
