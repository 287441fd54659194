using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>
/// The typefaces charts use, found once through the system's font manager (fontconfig on Linux): DejaVu Sans, else a
/// common sans, else whatever the default is. Never throws: without any font the charts draw without text.
/// </summary>
internal static class ChartFonts
{
    private static readonly string[] Families = ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"];
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Find(SKFontStyle.Normal));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Find(SKFontStyle.Bold));

    public static SKTypeface Regular => RegularFace.Value;
    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>A font for chart text: grey-scale antialiased (no colour fringes in PNGs) with subpixel positioning.</summary>
    public static SKFont Font(SKTypeface typeface, float size) =>
        new(typeface, size) { Edging = SKFontEdging.Antialias, Subpixel = true, Hinting = SKFontHinting.Slight };

    private static SKTypeface Find(SKFontStyle style)
    {
        foreach (var family in Families)
        {
            try
            {
                var typeface = SKFontManager.Default.MatchFamily(family, style);
                if (typeface is not null) return typeface;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A broken font configuration must not break a report: try the next family, then the default.
            }
        }
        try
        {
            return SKTypeface.FromFamilyName(null, style) ?? SKTypeface.Default;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return SKTypeface.Default;
        }
    }
}
