using SkiaSharp;

namespace Zeno.Reports.Documents;

// The title block: what the report is, when it was taken, and the verdict in one line.
public static partial class PdfReport
{
    private static void TitleBlock(PdfDocumentState d)
    {
        var s = d.Snapshot;
        var kicker = d.Ink.Font(8, bold: true);
        d.Ink.Text(d.Canvas, PdfInk.Fit(kicker, $"ZENO REPORT · {s.Project.ToUpperInvariant()}", d.Width), d.Left, d.Pages.Y + 8, kicker, PdfInk.Accent);
        d.Pages.Y += 14;
        var title = d.Ink.Font(20, bold: true);
        foreach (var line in PdfInk.Wrap(title, s.Report, d.Width, 2))
        {
            d.Ink.Text(d.Canvas, line, d.Left, d.Pages.Y + 20, title, PdfInk.Ink);
            d.Pages.Y += 25;
        }
        d.Pages.Y += 4;
        var meta = d.Ink.Font(9);
        d.Pages.Y += d.Ink.Paragraph(d.Canvas, $"Project: {s.Project} · created {ReportText.Date(s.Created)} · transform: {s.Transform ?? "none (original instances)"}",
            d.Left, d.Pages.Y, d.Width, meta, PdfInk.Muted);
        d.Pages.Y += d.Ink.Paragraph(d.Canvas, $"Models, oldest to latest: {string.Join(" → ", s.Models)}", d.Left, d.Pages.Y, d.Width, meta, PdfInk.Muted);
        d.Pages.Y += 6;
        var summary = d.Ink.Font(10.5f, bold: true);
        var failing = s.Counts.FailingLatest > 0 || s.Counts.Errors > 0;
        var mark = s.Counts.Tests == 0 ? "" : failing ? "✗ " : "✓ ";
        d.Pages.Y += d.Ink.Paragraph(d.Canvas, mark + ReportText.TestSummary(s), d.Left, d.Pages.Y, d.Width, summary, failing ? PdfInk.Fail : PdfInk.Pass);
        d.Canvas.DrawLine(d.Left, d.Pages.Y + 6, d.Left + d.Width, d.Pages.Y + 6, d.Ink.Stroke(PdfInk.Ink, 1));
        d.Pages.Y += 10;
        if (s.Notes.Count > 0)
        {
            Heading(d, "Notes", 12);
            foreach (var note in s.Notes)
                Lines(d, "• " + note, d.Ink.Font(8), PdfInk.Warn);
        }
    }
}
