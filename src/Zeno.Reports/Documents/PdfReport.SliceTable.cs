using SkiaSharp;
using Zeno.Reports.Snapshot;

namespace Zeno.Reports.Documents;

// One table per metric: a row per slice, a column per model (with the test's verdict under the value), a sparkline.
public static partial class PdfReport
{
    private const float RowHeight = 26, HeaderHeight = 26;

    private static void SliceTable(PdfDocumentState d, SnapshotMetric metric)
    {
        var s = d.Snapshot;
        var layout = TableLayout.For(d.Width, s.Models.Count);
        Heading(d, $"{metric.Name} by slice and model", HeaderHeight + RowHeight);
        TableHeader(d, layout);
        for (var i = 0; i < s.Slices.Count; i++)
        {
            // Rows never split; a row that does not fit starts a new page, which repeats the header.
            if (d.Pages.Need(RowHeight))
                TableHeader(d, layout, continued: metric.Name);
            SliceRow(d, layout, s.Slices[i], metric, stripe: i % 2 == 1);
        }
        var legend = d.Ink.Font(7);
        d.Pages.Y += 4;
        Lines(d, $"Values: {metric.Name}{(s.Transform is null ? "" : $" under the transform {s.Transform}")} per slice and model; – = undefined. " +
            $"Size: instances in the slice for {s.LatestModel ?? "the latest model"}. ✓ pass / ✗ FAIL / ! error: the report's test on that slice and metric. " +
            "Trend: the metric across the models, oldest to latest. " + ReportText.MarkerRules, legend, PdfInk.Muted);
        // Paper has no tooltips: each flagged slice's trend is explained under the table, the rules once above.
        foreach (var slice in s.Slices)
        {
            if (slice.Trend(metric.Name) is not { Markers.Count: > 0 } trend)
                continue;
            d.Pages.Y += 2;
            Lines(d, $"{string.Concat(trend.Markers.Select(m => ReportText.Symbol(m.Kind)))} {slice.Name}: {trend.Explanation}", legend,
                trend.Regressing ? PdfInk.Fail : PdfInk.Warn);
        }
    }

    private static void TableHeader(PdfDocumentState d, TableLayout layout, string? continued = null)
    {
        var s = d.Snapshot;
        var font = d.Ink.Font(7.5f, bold: true);
        var top = d.Pages.Y;
        if (continued is not null)
        {
            d.Ink.Text(d.Canvas, $"{continued} by slice and model (continued)", d.Left, top + 9, d.Ink.Font(9, bold: true), PdfInk.Ink);
            top = d.Pages.Y += 14;
        }
        void Cell(string text, float x, float width, SKTextAlign align)
        {
            var lines = PdfInk.Wrap(font, text, width - 6, 2);
            var anchor = align == SKTextAlign.Right ? x + width - 3 : x + 3;
            for (var i = 0; i < lines.Count; i++)
                d.Ink.Text(d.Canvas, lines[i], anchor, top + HeaderHeight - 6 - (lines.Count - 1 - i) * 9, font, PdfInk.Ink, align);
        }
        Cell("slice", d.Left, layout.Slice, SKTextAlign.Left);
        Cell("size", d.Left + layout.Slice, layout.Size, SKTextAlign.Right);
        for (var m = 0; m < s.Models.Count; m++)
            Cell(s.Models[m], d.Left + layout.ModelLeft(m), layout.Model, SKTextAlign.Right);
        Cell("trend", d.Left + layout.TrendLeft(s.Models.Count), layout.Trend, SKTextAlign.Left);
        d.Canvas.DrawLine(d.Left, top + HeaderHeight, d.Left + d.Width, top + HeaderHeight, d.Ink.Stroke(PdfInk.Ink, 1));
        d.Pages.Y = top + HeaderHeight;
    }

    private static void SliceRow(PdfDocumentState d, TableLayout layout, SnapshotSlice slice, SnapshotMetric metric, bool stripe)
    {
        var s = d.Snapshot;
        var (top, left, canvas) = (d.Pages.Y, d.Left, d.Canvas);
        if (stripe)
            canvas.DrawRect(left, top, d.Width, RowHeight, d.Ink.Fill(PdfInk.Stripe));
        var (first, second) = (top + 11, top + 21);
        var name = d.Ink.Font(8.5f, bold: true);
        var small = d.Ink.Font(7);
        d.Ink.Text(canvas, PdfInk.Fit(name, slice.Name, layout.Slice - 6), left + 3, first, name, PdfInk.Ink);
        var under = slice.Missing ? "no longer exists" : slice.Folder ?? "";
        d.Ink.Text(canvas, PdfInk.Fit(small, under, layout.Slice - 6), left + 3, second, small, slice.Missing ? PdfInk.Fail : PdfInk.Muted);
        var value = d.Ink.Font(layout.ValueFont);
        var size = s.LatestModel is null ? null : slice.Size(s.LatestModel);
        d.Ink.Text(canvas, ReportText.Size(size), left + layout.Slice + layout.Size - 3, first, value, PdfInk.Muted, SKTextAlign.Right);
        var test = s.TestOf(slice.Id, metric.Name);
        for (var m = 0; m < s.Models.Count; m++)
        {
            var x = left + layout.ModelLeft(m);
            var right = x + layout.Model - 3;
            var result = test?.For(s.Models[m]);
            if (result is { Passed: false })
                canvas.DrawRect(x + 1, top + 1, layout.Model - 2, RowHeight - 2, d.Ink.Fill(PdfInk.FailBackground));
            d.Ink.Text(canvas, PdfInk.Fit(value, ReportText.Value(slice.Value(s.Models[m], metric.Name), metric.Percent), layout.Model - 4), right, first, value, PdfInk.Ink, SKTextAlign.Right);
            if (result is not null)
            {
                var verdict = d.Ink.Font(Math.Min(7, layout.ValueFont), bold: true);
                d.Ink.Text(canvas, PdfInk.Fit(verdict, $"{ReportText.Icon(result)} {ReportText.Word(result)}", layout.Model - 4), right, second, verdict,
                    result.Passed ? PdfInk.Pass : PdfInk.Fail, SKTextAlign.Right);
            }
        }
        if (slice.Trend(metric.Name) is { } trend)
            TrendCell(d, trend, left + layout.TrendLeft(s.Models.Count), top, layout.Trend);
        canvas.DrawLine(left, top + RowHeight, left + d.Width, top + RowHeight, d.Ink.Stroke(PdfInk.Line, 0.5f));
        d.Pages.Y = top + RowHeight;
    }

    private static void TrendCell(PdfDocumentState d, SnapshotTrend trend, float x, float top, float width)
    {
        const float SparkHeight = 16;
        var sparkWidth = Math.Min(56, width - 20);
        var colour = trend.Regressing ? PdfInk.Fail : PdfInk.Accent;
        var points = Sparkline.Points(trend.Values, sparkWidth, SparkHeight, padding: 2);
        var origin = new SKPoint(x + 3, top + (RowHeight - SparkHeight) / 2);
        foreach (var run in Sparkline.Runs(points).Where(run => run.Count > 1))
            d.Canvas.DrawPoints(SKPointMode.Polygon, [.. run.Select(p => new SKPoint(origin.X + p.X, origin.Y + p.Y))], d.Ink.Stroke(colour, 1.1f));
        for (var i = 0; i < points.Count; i++)
            if (points[i] is { } p)
                d.Canvas.DrawCircle(origin.X + p.X, origin.Y + p.Y, i == points.Count - 1 ? 1.8f : 1.1f, d.Ink.Fill(colour));
        var font = d.Ink.Font(8.5f, bold: true);
        var markX = origin.X + sparkWidth + 4;
        foreach (var marker in trend.Markers)
        {
            var symbol = ReportText.Symbol(marker.Kind);
            d.Ink.Text(d.Canvas, symbol, markX, top + 16, font, marker.Kind == TrendMarkerKind.Regression ? PdfInk.Fail : PdfInk.Warn);
            markX += PdfInk.Width(font, symbol) + 3;
        }
    }
}
