using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>A table's geometry at one text size: column widths, wrapped headers, row height, how many rows show.</summary>
internal sealed record TableLayout(
    float Left, float Top, float LabelWidth, float ColumnWidth, float HeaderHeight, float RowHeight,
    IReadOnlyList<IReadOnlyList<string>> Headers, int VisibleRows, bool Fits)
{
    public const float CellPad = 6f;
    private const float MaxColumn = 110f;
    private const float MinLabel = 60f;

    public float Right => Left + LabelWidth + ColumnWidth * Headers.Count;

    public float ColumnRight(int column) => Left + LabelWidth + ColumnWidth * (column + 1);

    /// <summary>The width-to-height ratio a table would like at the normal text size, to arrange facets of tables.</summary>
    public static float Aspect(int rows, int columns, float longestLabel, SKFont font)
    {
        var lineHeight = ChartInk.LineHeight(font);
        var width = longestLabel + 2 * CellPad + columns * MaxColumn * 0.8f;
        return width / ((rows + 2) * lineHeight * 1.5f);
    }

    public static TableLayout For(SKRect rect, IReadOnlyList<string> rows, IReadOnlyList<string> headers, string[][] texts, SKFont font, SKFont bold)
    {
        var lineHeight = ChartInk.LineHeight(font);
        var rowHeight = lineHeight * 1.5f;
        var widest = texts.SelectMany(r => r).Append("—").Max(t => ChartInk.Width(font, t)) + 2 * CellPad;
        // Numbers are the content: their columns get room first, the row labels what is left (truncated if need be).
        var labelNatural = rows.Append("Metric").Max(l => ChartInk.Width(font, l)) + 2 * CellPad;
        var labelMin = Math.Min(labelNatural, Math.Max(MinLabel, rect.Width * 0.25f));
        var column = Math.Min((rect.Width - labelMin) / Math.Max(1, headers.Count), Math.Max(widest * 1.4f, MaxColumn));
        var labelWidth = Math.Max(labelMin, Math.Min(labelNatural, rect.Width - column * headers.Count));
        var wrapped = headers.Select(h => ChartInk.Wrap(bold, h, Math.Max(0, column - CellPad * 1.5f), 2)).ToList();
        var headerHeight = lineHeight * Math.Max(1, wrapped.Max(w => w.Count)) + 6;
        var room = rect.Height - headerHeight;
        var fits = widest <= column && rows.Count * rowHeight <= room;
        // Rows that do not fit give way to a "+N more rows" line.
        var visible = rows.Count * rowHeight <= room ? rows.Count : Math.Max(0, (int)(room / rowHeight) - 1);
        return new TableLayout(rect.Left, rect.Top, labelWidth, column, headerHeight, rowHeight, wrapped, visible, fits);
    }
}
