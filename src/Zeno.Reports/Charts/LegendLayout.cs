namespace Zeno.Reports.Charts;

/// <summary>Where one legend entry goes: its row and its left edge.</summary>
internal readonly record struct LegendSlot(int Index, int Row, float X, float Width);

/// <summary>A legend laid out in rows: the entries that fit, how many rows, how many entries did not fit.</summary>
internal sealed record LegendPlan(IReadOnlyList<LegendSlot> Slots, int Rows, int Hidden, float MoreX);

/// <summary>
/// Flows legend entries left to right into rows of a given width, like words in a paragraph, up to a number of rows;
/// when some do not fit, the last row ends with room for a "+N more" note. Pure, so "never overlapping, never past the
/// edge" is tested directly.
/// </summary>
internal static class LegendLayout
{
    /// <param name="widths">Each entry's width (swatch and label), already capped at the available width.</param>
    /// <param name="available">The row width.</param>
    /// <param name="indent">Where the first row starts (after the legend's title).</param>
    /// <param name="gap">Space between entries.</param>
    /// <param name="maxRows">At most this many rows.</param>
    /// <param name="moreWidth">The width of the "+N more" note.</param>
    public static LegendPlan Flow(IReadOnlyList<float> widths, float available, float indent, float gap, int maxRows, float moreWidth)
    {
        var slots = new List<LegendSlot>();
        int row = 0;
        var x = indent;
        for (var i = 0; i < widths.Count; i++)
        {
            var width = Math.Min(widths[i], available);
            if (x > 0 && x + width > available)
            {
                row++;
                x = 0;
            }
            if (row >= maxRows) return WithMore(slots, widths.Count, available, indent, gap, maxRows, moreWidth);
            slots.Add(new LegendSlot(i, row, x, width));
            x += width + gap;
        }
        return new LegendPlan(slots, row + 1, 0, 0);
    }

    // Drops entries from the end until "+N more" fits after the last one on the last row.
    private static LegendPlan WithMore(List<LegendSlot> slots, int total, float available, float indent, float gap, int maxRows, float moreWidth)
    {
        while (slots.Count > 0)
        {
            var last = slots[^1];
            var moreX = last.X + last.Width + gap;
            if (last.Row < maxRows - 1 || moreX + moreWidth <= available)
                return last.Row < maxRows - 1
                    ? new LegendPlan(slots, maxRows, total - slots.Count, 0) // the note starts the last row
                    : new LegendPlan(slots, maxRows, total - slots.Count, moreX);
            slots.RemoveAt(slots.Count - 1);
        }
        return new LegendPlan(slots, 1, total, indent);
    }
}
