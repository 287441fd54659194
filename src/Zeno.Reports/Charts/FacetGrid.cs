using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>
/// Small multiples: how many columns and rows <paramref name="Count"/> panels take in an area, chosen so the panels
/// come out as large as possible at the panels' preferred shape (3:2 for plots; a table says its own), and each panel's
/// rectangle. Pure.
/// </summary>
internal sealed record FacetGrid(int Count, int Columns, int Rows)
{
    public static FacetGrid For(int count, float width, float height, float aspect = 1.5f)
    {
        count = Math.Max(1, count);
        int best = 1;
        var bestSize = -1f;
        for (var columns = 1; columns <= count; columns++)
        {
            var rows = (count + columns - 1) / columns;
            // The width of the largest panel of the preferred shape that fits a cell.
            var size = Math.Min(width / columns, aspect * height / rows);
            if (size > bestSize + 0.5f) (best, bestSize) = (columns, size);
        }
        return new FacetGrid(count, best, (count + best - 1) / best);
    }

    /// <summary>The rectangle of panel <paramref name="index"/> (row by row), with <paramref name="gap"/> between panels.</summary>
    public SKRect Cell(SKRect area, int index, float gap)
    {
        var width = (area.Width - gap * (Columns - 1)) / Columns;
        var height = (area.Height - gap * (Rows - 1)) / Rows;
        var (row, column) = Math.DivRem(index, Columns);
        var left = area.Left + column * (width + gap);
        var top = area.Top + row * (height + gap);
        return new SKRect(left, top, left + width, top + height);
    }
}
