using SkiaSharp;
using Zeno.Reports.Snapshot;

namespace Zeno.Reports.Documents;

// The behavioral tests: one row per test, a verdict per tested model, then why each failing one failed.
public static partial class PdfReport
{
    private static void TestTable(PdfDocumentState d)
    {
        var s = d.Snapshot;
        Heading(d, "Behavioral tests", s.Tests.Count == 0 ? 12 : HeaderHeight + RowHeight);
        if (s.Tests.Count == 0)
        {
            Lines(d, "This report has no behavioral tests.", d.Ink.Font(9), PdfInk.Muted);
            return;
        }
        var models = s.Models.Where(model => s.Tests.Any(t => t.For(model) is not null)).ToList();
        const float TestWidth = 190, ExpectWidth = 80;
        var modelWidth = Math.Max(34, (d.Width - TestWidth - ExpectWidth) / Math.Max(models.Count, 1));
        TestHeader(d, models, TestWidth, ExpectWidth, modelWidth);
        for (var i = 0; i < s.Tests.Count; i++)
        {
            if (d.Pages.Need(RowHeight))
                TestHeader(d, models, TestWidth, ExpectWidth, modelWidth);
            TestRow(d, s.Tests[i], models, TestWidth, ExpectWidth, modelWidth, stripe: i % 2 == 1);
        }
        var failing = s.Tests.SelectMany(t => t.Results.Where(r => !r.Passed).Select(r => (Test: t, Result: r))).ToList();
        if (failing.Count == 0)
            return;
        d.Pages.Y += 6;
        foreach (var (test, result) in failing)
            Lines(d, $"{ReportText.Icon(result)} {test.Name} ({result.Model}): {result.Message}", d.Ink.Font(8), PdfInk.Fail);
    }

    private static void TestHeader(PdfDocumentState d, IReadOnlyList<string> models, float testWidth, float expectWidth, float modelWidth)
    {
        var font = d.Ink.Font(7.5f, bold: true);
        var baseline = d.Pages.Y + HeaderHeight - 6;
        d.Ink.Text(d.Canvas, "test (slice · metric)", d.Left + 3, baseline, font, PdfInk.Ink);
        d.Ink.Text(d.Canvas, "expect", d.Left + testWidth + 3, baseline, font, PdfInk.Ink);
        for (var m = 0; m < models.Count; m++)
            d.Ink.Text(d.Canvas, PdfInk.Fit(font, models[m], modelWidth - 6), d.Left + testWidth + expectWidth + (m + 1) * modelWidth - 3, baseline, font, PdfInk.Ink, SKTextAlign.Right);
        d.Canvas.DrawLine(d.Left, d.Pages.Y + HeaderHeight, d.Left + d.Width, d.Pages.Y + HeaderHeight, d.Ink.Stroke(PdfInk.Ink, 1));
        d.Pages.Y += HeaderHeight;
    }

    private static void TestRow(PdfDocumentState d, SnapshotTest test, IReadOnlyList<string> models, float testWidth, float expectWidth, float modelWidth, bool stripe)
    {
        var (top, left, canvas) = (d.Pages.Y, d.Left, d.Canvas);
        if (stripe)
            canvas.DrawRect(left, top, d.Width, RowHeight, d.Ink.Fill(PdfInk.Stripe));
        var (name, body, small) = (d.Ink.Font(8.5f, bold: true), d.Ink.Font(8.5f), d.Ink.Font(7, bold: true));
        d.Ink.Text(canvas, PdfInk.Fit(name, $"{test.Slice} · {test.Metric}", testWidth - 6), left + 3, top + 11, name, PdfInk.Ink);
        d.Ink.Text(canvas, PdfInk.Fit(d.Ink.Font(7), test.Name, testWidth - 6), left + 3, top + 21, d.Ink.Font(7), PdfInk.Muted);
        d.Ink.Text(canvas, PdfInk.Fit(body, test.Expect, expectWidth - 6), left + testWidth + 3, top + 11, body, PdfInk.Ink);
        var percent = d.Snapshot.Metrics.FirstOrDefault(m => m.Name == test.Metric)?.Percent ?? false;
        for (var m = 0; m < models.Count; m++)
        {
            var x = left + testWidth + expectWidth + m * modelWidth;
            var right = x + modelWidth - 3;
            if (test.For(models[m]) is not { } result)
            {
                d.Ink.Text(canvas, "not tested", right, top + 11, d.Ink.Font(7), PdfInk.Muted, SKTextAlign.Right);
                continue;
            }
            if (!result.Passed)
                canvas.DrawRect(x + 1, top + 1, modelWidth - 2, RowHeight - 2, d.Ink.Fill(PdfInk.FailBackground));
            d.Ink.Text(canvas, ReportText.Value(result.Value, percent), right, top + 11, body, PdfInk.Ink, SKTextAlign.Right);
            d.Ink.Text(canvas, $"{ReportText.Icon(result)} {ReportText.Word(result)}", right, top + 21, small, result.Passed ? PdfInk.Pass : PdfInk.Fail, SKTextAlign.Right);
        }
        canvas.DrawLine(left, top + RowHeight, left + d.Width, top + RowHeight, d.Ink.Stroke(PdfInk.Line, 0.5f));
        d.Pages.Y = top + RowHeight;
    }
}
