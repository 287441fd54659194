using System.Text.RegularExpressions;

namespace Zeno.Reports.Charts;

/// <summary>
/// Touches up Skia's SVG for browsers: its text names one font family, so viewers without DejaVu Sans get a list of
/// look-alikes ending in a generic sans; and its per-glyph coordinate lists end in a stray ", " that strict SVG
/// parsers reject.
/// </summary>
internal static partial class SvgText
{
    private const string Fallbacks = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', 'Liberation Sans', Arial, sans-serif";

    public static string Tidy(string svg)
    {
        svg = FontFamily().Replace(svg, m => $"font-family=\"{FamilyList(m.Groups[1].Value)}\"");
        return TrailingComma().Replace(svg, "$1\"");
    }

    private static string FamilyList(string family) =>
        family.Contains(',') ? family : $"'{family}', " + Fallbacks[(Fallbacks.IndexOf(',') + 2)..];

    [GeneratedRegex("font-family=\"([^\"]*)\"")]
    private static partial Regex FontFamily();

    [GeneratedRegex("( (?:x|y)=\"[^\"]*?),\\s*\"")]
    private static partial Regex TrailingComma();
}
