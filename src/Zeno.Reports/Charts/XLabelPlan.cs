namespace Zeno.Reports.Charts;

/// <summary>
/// How the labels under an x axis (or a heat map's columns) are set so that they never overlap: horizontal in up to
/// two lines when the bands are wide enough, else turned 45° or 90°, and, when even turned labels are denser than a
/// line of text, only every <see cref="Stride"/>-th label. Pure.
/// </summary>
/// <param name="Angle">0, -45 or -90 degrees.</param>
/// <param name="Stride">Label every n-th band (1: all).</param>
/// <param name="Lines">Lines per horizontal label.</param>
/// <param name="MaxLength">The longest a label may run (its width when horizontal, its length along the slant otherwise).</param>
/// <param name="Depth">The space the labels take below the axis.</param>
internal sealed record XLabelPlan(float Angle, int Stride, int Lines, float MaxLength, float Depth)
{
    private const float Sin45 = 0.70710677f;
    private const float MinWrapWidth = 56f;

    /// <param name="step">The distance between neighbouring band centres.</param>
    /// <param name="longest">The widest label's natural width.</param>
    /// <param name="lineHeight">The labels' line height.</param>
    /// <param name="maxDepth">The most room the labels may take below the axis.</param>
    public static XLabelPlan For(float step, float longest, float lineHeight, float maxDepth)
    {
        var room = step - 4;
        if (longest <= room) return new XLabelPlan(0, 1, 1, room, lineHeight);
        if (room >= MinWrapWidth && maxDepth >= 2 * lineHeight) return new XLabelPlan(0, 1, 2, room, 2 * lineHeight);
        // Slanted lines are parallel strips one line high, step × sin45 apart across their direction.
        if (step * Sin45 >= lineHeight)
        {
            var length = Math.Max(0, Math.Min(longest, (maxDepth - lineHeight * Sin45) / Sin45));
            return new XLabelPlan(-45, 1, 1, length, length * Sin45 + lineHeight * Sin45);
        }
        var stride = Math.Max(1, (int)Math.Ceiling(lineHeight / Math.Max(step, 0.01f)));
        var vertical = Math.Max(0, Math.Min(longest, maxDepth));
        return new XLabelPlan(-90, stride, 1, vertical, vertical);
    }
}
