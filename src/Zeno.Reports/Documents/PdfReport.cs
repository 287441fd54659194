using SkiaSharp;
using Zeno.Reports.Snapshot;

namespace Zeno.Reports.Documents;

/// <summary>
/// A report as a PDF drawn with SkiaSharp: A4 portrait, a title block (report, project, date, test summary), one
/// slice × model table per metric with pass/fail marks and sparklines (split across pages between rows, the header
/// repeated), the tests, the charts (the same painter as PNG and SVG), and the slice definitions in the filter
/// language; page numbers and a running header on every page. All text is real text, so it can be searched and
/// extracted (pdftotext), and nothing depends on colour alone.
/// </summary>
public static partial class PdfReport
{
    private const float Gap = 14;

    /// <summary>The PDF file's bytes.</summary>
    public static byte[] Render(ReportSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        using var ink = new PdfInk();
        using var pages = new PdfPages();
        var document = new PdfDocumentState(pages, ink, snapshot);
        TitleBlock(document);
        foreach (var metric in snapshot.Metrics)
            SliceTable(document, metric);
        TestTable(document);
        ChartFigures(document);
        SliceDefinitions(document);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = $"{snapshot.Report} · {snapshot.Project}",
            Subject = "Zeno behavioral evaluation report",
            Creator = "Zeno",
            Producer = "Zeno (SkiaSharp)",
            Creation = snapshot.Created.UtcDateTime,
            Modified = snapshot.Created.UtcDateTime,
        };
        return pages.Write(metadata, (canvas, page, count) => Margins(ink, canvas, snapshot, page, count));
    }

    /// <summary>The running header (from page 2) and the footer with the page number.</summary>
    private static void Margins(PdfInk ink, SKCanvas canvas, ReportSnapshot snapshot, int page, int count)
    {
        var small = ink.Font(7.5f);
        var body = PdfPages.Body;
        if (page > 1)
        {
            ink.Text(canvas, PdfInk.Fit(small, $"{snapshot.Report} · {snapshot.Project}", body.Width * 0.7f), body.Left, body.Top - 16, small, PdfInk.Muted);
            canvas.DrawLine(body.Left, body.Top - 11, body.Right, body.Top - 11, ink.Stroke(PdfInk.Line, 0.5f));
        }
        var baseline = PdfPages.PageHeight - PdfPages.Margin / 2;
        ink.Text(canvas, $"Zeno · exported {ReportText.Date(snapshot.Created)}", body.Left, baseline, small, PdfInk.Muted);
        ink.Text(canvas, $"Page {page} of {count}", body.Right, baseline, small, PdfInk.Muted, SKTextAlign.Right);
    }

    /// <summary>A section heading, kept on the page with at least <paramref name="keepWith"/> of what follows.</summary>
    private static void Heading(PdfDocumentState d, string text, float keepWith)
    {
        var font = d.Ink.Font(12.5f, bold: true);
        d.Pages.Need(Gap + 20 + keepWith);
        if (!d.Pages.AtTop)
            d.Pages.Y += Gap;
        d.Ink.Text(d.Canvas, PdfInk.Fit(font, text, d.Width), d.Left, d.Pages.Y + font.Size, font, PdfInk.Ink);
        d.Pages.Y += 20;
    }

    /// <summary>Wrapped small text that may run over pages line by line.</summary>
    private static void Lines(PdfDocumentState d, string text, SKFont font, SKColor color, float indent = 0)
    {
        foreach (var line in PdfInk.Wrap(font, text, d.Width - indent))
        {
            d.Pages.Need(PdfInk.LineHeight(font));
            d.Ink.Text(d.Canvas, line, d.Left + indent, d.Pages.Y + font.Size, font, color);
            d.Pages.Y += PdfInk.LineHeight(font);
        }
    }
}

/// <summary>What every part of the PDF draws with: the pages and their cursor, the ink, the snapshot.</summary>
internal sealed record PdfDocumentState(PdfPages Pages, PdfInk Ink, ReportSnapshot Snapshot)
{
    public SKCanvas Canvas => Pages.Canvas;
    public float Left => PdfPages.Body.Left;
    public float Width => PdfPages.Body.Width;
}
