using System.Text.RegularExpressions;
using Zeno.Reports.Documents;

namespace Zeno.Reports.Tests.Documents;

public sealed class PdfReportTests
{
    [Fact]
    public async Task The_pdf_is_an_a4_document_with_its_title_in_the_metadata()
    {
        var pdf = PdfReport.Render(await DocumentProject.SnapshotAsync());

        var text = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        Assert.Matches(@"/MediaBox \[0 0 595(\.\d+)? 84[12](\.\d+)?\]", text);
        Assert.Contains("/Title", text, StringComparison.Ordinal);
    }

    [PopplerFact]
    public async Task Its_text_holds_the_title_the_slices_the_verdicts_and_the_definitions()
    {
        var snapshot = await DocumentProject.SnapshotAsync();

        var text = PdfTools.Text(PdfReport.Render(snapshot));

        Assert.Contains("Quality review", text, StringComparison.Ordinal);
        Assert.Contains("Project: reviews", text, StringComparison.Ordinal);
        Assert.Contains("2026-11-29 12:00 UTC", text, StringComparison.Ordinal);
        foreach (var slice in new[] { "All instances", "kind a", "long" })
            Assert.Contains(slice, text, StringComparison.Ordinal);
        Assert.Contains("✗ FAIL", text, StringComparison.Ordinal);
        Assert.Contains("✓ pass", text, StringComparison.Ordinal);
        Assert.Contains("kind == \"a\"", text, StringComparison.Ordinal);
        Assert.Contains("length >= 30", text, StringComparison.Ordinal);
        Assert.Contains("Behavioral tests", text, StringComparison.Ordinal);
        Assert.Contains("Slice definitions", text, StringComparison.Ordinal);
        Assert.Matches(@"Page 1 of \d", text);
        // The table prints the snapshot's value.
        Assert.Contains(ReportTextOf(snapshot.Slices[1].Value("v1", "accuracy")), text, StringComparison.Ordinal);
    }

    [PopplerFact]
    public async Task A_long_table_continues_on_the_next_page_with_its_header_and_every_page_is_numbered()
    {
        var pdf = PdfReport.Render(await DocumentProject.SnapshotAsync(extraSlices: 45));

        var text = PdfTools.Text(pdf);
        var pages = text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToList();
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.Contains("accuracy by slice and model (continued)", pages[1], StringComparison.Ordinal);
        Assert.Contains("slice", pages[1], StringComparison.Ordinal);
        for (var i = 0; i < pages.Count; i++)
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
        // Every slice row is printed once, whole (its name, size and the value of each model): no row is cut between pages.
        for (var i = 0; i < 45; i++)
            Assert.Single(Regex.Matches(text, $@"^\s*length {i}\s+\d[\d,]*(\s+\d+\.\d%){{3}}", RegexOptions.Multiline));
    }

    [PopplerFact]
    public async Task The_first_page_renders_to_an_image()
    {
        var pdf = PdfReport.Render(await DocumentProject.SnapshotAsync());
        var folder = Directory.CreateTempSubdirectory("zeno-pdf-").FullName;
        try
        {
            var png = PdfTools.FirstPagePng(pdf, folder);
            using var bitmap = SkiaSharp.SKBitmap.Decode(png);
            // A4 at 60 dpi: 496 × 702 pixels, portrait.
            Assert.InRange(bitmap.Width, 490, 500);
            Assert.InRange(bitmap.Height, 698, 706);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string ReportTextOf(double? value) => ((value ?? 0) * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
