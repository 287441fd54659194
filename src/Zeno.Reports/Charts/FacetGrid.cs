using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>
/// Small multiples: how many columns and rows <paramref name="Count"/> panels take in an area, chosen so the panels
/// come out as large as possible at about 3:2, and each panel's rectangle. Pure.
/// </summary>
internal sealed record FacetGrid(int Count, int Columns, int Rows)
{
    private const float Aspect = 1.5f;

    public static FacetGrid For(int count, float width, float height)
    {
        count = Math.Max(1, count);
        int best = 1;
        var bestSize = -1f;
        for (var columns = 1; columns <= count; columns++)
        {
            var rows = (count + columns - 1) / columns;
            // The largest 3:2 panel that fits a cell: its width.
            var size = Math.Min(width / columns, Aspect * height / rows);
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
