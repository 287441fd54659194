using SkiaSharp;
using Zeno.Core.State;

namespace Zeno.Reports.Charts;

/// <summary>
/// A grid of numbers: a row per x value, a column per colour series, striped rows, right-aligned values and "—" for a
/// missing one. The text shrinks (not below <see cref="ChartTheme.MinTableSize"/>) to fit; rows that still do not fit
/// are summed up as "+N more rows".
/// </summary>
internal static class TableChart
{
    private const float CellPad = TableLayout.CellPad;

    public static void DrawPanel(ChartInk ink, ChartCube cube, int facet, SKRect rect)
    {
        var headers = cube.ColorDimension is null ? [ValueHeader(cube)] : cube.Colors;
        var values = Enumerable.Range(0, cube.X.Count)
            .Select(x => Enumerable.Range(0, headers.Count).Select(c => cube.Value(facet, x, c)).ToArray())
            .ToArray();
        var texts = values.Select(row => row.Select(v => ValueFormat.Value(v, cube.Percent)).ToArray()).ToArray();
        for (var size = ChartTheme.LabelSize; ; size -= 0.5f)
        {
            using var font = ChartFonts.Font(ChartFonts.Regular, size);
            using var bold = ChartFonts.Font(ChartFonts.Bold, size);
            var layout = TableLayout.For(rect, cube.X, headers, texts, font, bold);
            if (layout.Fits || size <= ChartTheme.MinTableSize)
            {
                Draw(ink, cube, layout, texts, font, bold);
                return;
            }
        }
    }

    private static string ValueHeader(ChartCube cube) =>
        cube.Held.Where(h => h.Dimension == ChartDimension.Metrics).Select(h => h.Value).FirstOrDefault() ?? "Value";

    private static void Draw(ChartInk ink, ChartCube cube, TableLayout t, string[][] texts, SKFont font, SKFont bold)
    {
        var canvas = ink.Canvas;
        var lineHeight = ChartInk.LineHeight(font);
        // Header: the x dimension's name over the row labels, each series' name (up to two lines) over its column.
        var headerBottom = t.Top + t.HeaderHeight;
        ink.Text(ChartInk.Fit(bold, ChartCube.Noun(cube.XDimension), t.LabelWidth - CellPad), t.Left + CellPad / 2,
            ChartInk.Baseline(bold, headerBottom - lineHeight / 2 - 2), bold, ChartTheme.Ink);
        for (var c = 0; c < t.Headers.Count; c++)
        {
            var right = t.ColumnRight(c) - CellPad;
            var lines = t.Headers[c];
            for (var l = 0; l < lines.Count; l++)
                ink.Text(lines[l], right, ChartInk.Baseline(bold, headerBottom - 2 - lineHeight * (lines.Count - l - 0.5f)), bold, ChartTheme.Ink, SKTextAlign.Right);
        }
        canvas.DrawLine(t.Left, headerBottom, t.Right, headerBottom, ink.Stroke(ChartTheme.Axis, 1f));
        for (var r = 0; r < t.VisibleRows; r++)
        {
            var top = headerBottom + r * t.RowHeight;
            var middle = top + t.RowHeight / 2;
            if (r % 2 == 1) canvas.DrawRect(new SKRect(t.Left, top, t.Right, top + t.RowHeight), ink.Fill(ChartTheme.Stripe));
            ink.Text(ChartInk.Fit(font, cube.X[r], t.LabelWidth - CellPad), t.Left + CellPad / 2, ChartInk.Baseline(font, middle), font, ChartTheme.Ink);
            for (var c = 0; c < texts[r].Length; c++)
            {
                var text = texts[r][c];
                var color = text == ValueFormat.Missing ? ChartTheme.Muted : ChartTheme.Ink;
                ink.Text(ChartInk.Fit(font, text, t.ColumnWidth - CellPad), t.ColumnRight(c) - CellPad, ChartInk.Baseline(font, middle), font, color, SKTextAlign.Right);
            }
        }
        if (t.VisibleRows < cube.X.Count)
        {
            var middle = headerBottom + t.VisibleRows * t.RowHeight + t.RowHeight / 2;
            ink.Text($"+{cube.X.Count - t.VisibleRows} more rows", t.Left + CellPad / 2, ChartInk.Baseline(font, middle), font, ChartTheme.Muted);
        }
    }
}
