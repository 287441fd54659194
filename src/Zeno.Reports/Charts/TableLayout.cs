using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>A table's geometry at one text size: column widths, wrapped headers, row height, how many rows show.</summary>
internal sealed record TableLayout(
    float Left, float Top, float LabelWidth, float ColumnWidth, float HeaderHeight, float RowHeight,
    IReadOnlyList<IReadOnlyList<string>> Headers, int VisibleRows, bool Fits)
{
    public const float CellPad = 6f;
    private const float MaxColumn = 110f;

    public float Right => Left + LabelWidth + ColumnWidth * Headers.Count;

    public float ColumnRight(int column) => Left + LabelWidth + ColumnWidth * (column + 1);

    public static TableLayout For(SKRect rect, IReadOnlyList<string> rows, IReadOnlyList<string> headers, string[][] texts, SKFont font, SKFont bold)
    {
        var lineHeight = ChartInk.LineHeight(font);
        var rowHeight = lineHeight * 1.5f;
        var widest = texts.SelectMany(r => r).Append("—").Max(t => ChartInk.Width(font, t)) + 2 * CellPad;
        var longestLabel = rows.Append("Metric").Max(l => ChartInk.Width(font, l)) + 2 * CellPad;
        var labelWidth = Math.Min(longestLabel, rect.Width * 0.45f);
        var share = (rect.Width - labelWidth) / Math.Max(1, headers.Count);
        var column = Math.Min(share, Math.Max(widest * 1.4f, MaxColumn));
        var wrapped = headers.Select(h => ChartInk.Wrap(bold, h, Math.Max(0, column - CellPad * 1.5f), 2)).ToList();
        var headerHeight = lineHeight * Math.Max(1, wrapped.Max(w => w.Count)) + 6;
        var room = rect.Height - headerHeight;
        var fits = widest <= column && rows.Count * rowHeight <= room;
        // Rows that do not fit give way to a "+N more rows" line.
        var visible = rows.Count * rowHeight <= room ? rows.Count : Math.Max(0, (int)(room / rowHeight) - 1);
        return new TableLayout(rect.Left, rect.Top, labelWidth, column, headerHeight, rowHeight, wrapped, visible, fits);
    }
}
