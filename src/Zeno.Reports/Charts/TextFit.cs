using System.Globalization;

namespace Zeno.Reports.Charts;

/// <summary>
/// Fits text into a width: ellipsis truncation and greedy word wrap. Pure: the width of a string comes from the
/// caller's measure function, so it is tested with a fake font and used with a real one.
/// </summary>
internal static class TextFit
{
    public const string Ellipsis = "…";

    /// <summary>The text itself when it fits, else its longest prefix (whole characters, never half a surrogate pair) plus "…"; "" when not even "…" fits.</summary>
    public static string Ellipsize(string text, float maxWidth, Func<string, float> measure)
    {
        if (measure(text) <= maxWidth) return text;
        if (measure(Ellipsis) > maxWidth) return "";
        var starts = StringInfo.ParseCombiningCharacters(text);
        int lo = 0, hi = starts.Length - 1; // lo elements always fit (0 does: "…" alone fits)
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (measure(Cut(text, starts, mid)) <= maxWidth) lo = mid;
            else hi = mid - 1;
        }
        return Cut(text, starts, lo);
    }

    /// <summary>
    /// Word-wraps into at most <paramref name="maxLines"/> lines no wider than <paramref name="maxWidth"/>; a word wider
    /// than a line is broken, and the last line ends in "…" when text is left over.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, float maxWidth, int maxLines, Func<string, float> measure)
    {
        var lines = new List<string>();
        var rest = text.Trim();
        while (rest.Length > 0 && lines.Count < maxLines)
        {
            if (lines.Count == maxLines - 1)
            {
                lines.Add(Ellipsize(rest, maxWidth, measure));
                break;
            }
            var line = LongestLine(rest, maxWidth, measure);
            if (line.Length == 0) break; // not one character fits
            lines.Add(line.TrimEnd());
            rest = rest[line.Length..].TrimStart();
        }
        return lines;
    }

    // The longest run of whole words from the start that fits (breaking after a space, or after a hyphen, underscore,
    // slash or dot, as model names like "distilbert-ft-2024-06" want); else as many characters of the first word as fit.
    private static string LongestLine(string text, float maxWidth, Func<string, float> measure)
    {
        var best = "";
        for (var i = 0; i < text.Length; i++)
        {
            if (i < text.Length - 1 && !BreaksAfter(text[i])) continue;
            var candidate = text[..(i + 1)];
            if (measure(candidate.TrimEnd()) > maxWidth) break;
            best = candidate;
        }
        if (best.Length > 0) return best;
        var starts = StringInfo.ParseCombiningCharacters(text);
        var count = 0;
        while (count < starts.Length && measure(Prefix(text, starts, count + 1)) <= maxWidth) count++;
        return Prefix(text, starts, count);
    }

    private static bool BreaksAfter(char c) => c is ' ' or '-' or '_' or '/' or '.';

    private static string Prefix(string text, int[] starts, int elements) =>
        elements >= starts.Length ? text : text[..starts[elements]];

    private static string Cut(string text, int[] starts, int elements) => Prefix(text, starts, elements).TrimEnd() + Ellipsis;
}
