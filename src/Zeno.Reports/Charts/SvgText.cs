using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Zeno.Reports.Charts;

/// <summary>
/// Touches up Skia's SVG for browsers: its text names one font family, so viewers without DejaVu Sans get a list of
/// look-alikes ending in a generic sans; and its per-glyph coordinate lists end in a stray ", " that strict SVG
/// parsers reject; and its clip ids come from a process-wide counter, so they are renumbered (with a prefix from a hash
/// of the drawing, still unique when several charts are inlined in one page) to make the same chart the same text.
/// </summary>
internal static partial class SvgText
{
    private const string Fallbacks = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', 'Liberation Sans', Arial, sans-serif";

    public static string Tidy(string svg)
    {
        svg = FontFamily().Replace(svg, m => $"font-family=\"{FamilyList(m.Groups[1].Value)}\"");
        svg = TrailingComma().Replace(svg, "$1\"");
        return Renumber(svg);
    }

    private static string Renumber(string svg)
    {
        var prefix = "zc" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ClipId().Replace(svg, "cl"))), 0, 4) + "_";
        var ids = new Dictionary<string, string>();
        return ClipId().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Value, out var id)) ids[m.Value] = id = prefix + ids.Count;
            return id;
        });
    }

    private static string FamilyList(string family) =>
        family.Contains(',') ? family : $"'{family}', " + Fallbacks[(Fallbacks.IndexOf(',') + 2)..];

    [GeneratedRegex("\\bcl_[0-9a-f]+\\b")]
    private static partial Regex ClipId();

    [GeneratedRegex("font-family=\"([^\"]*)\"")]
    private static partial Regex FontFamily();

    [GeneratedRegex("( (?:x|y)=\"[^\"]*?),\\s*\"")]
    private static partial Regex TrailingComma();
}
