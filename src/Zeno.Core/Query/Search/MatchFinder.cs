using System.Text.RegularExpressions;
using Zeno.Core.Query.Filters;

namespace Zeno.Core.Query.Search;

/// <summary>
/// Finds the first match of a <see cref="TextMatch"/> in .NET, to place a snippet's highlight in text that DuckDB
/// already selected. Substrings follow the SQL exactly (ordinal; case-insensitive as <c>lower()</c> on both sides,
/// which keeps every UTF-16 position). Regexes and whole words run the same pattern as the SQL (see
/// <see cref="TextMatchSql.Regex"/>) with .NET's non-backtracking engine, linear like RE2 and without RE2's
/// unsupported features. RE2 and .NET agree on ordinary patterns; they differ where RE2 is ASCII-only (\w, \d, \b:
/// "é" is a word character for .NET, not for RE2) and on RE2-only syntax such as <c>(?P&lt;name&gt;...)</c>. Where
/// .NET rejects the pattern or finds no match, the snippet simply has no highlight.
/// </summary>
internal static class MatchFinder
{
    /// <summary>The first match's start and length in <paramref name="text"/>, or null.</summary>
    public static (int Start, int Length)? First(TextMatch node, string text)
    {
        if (!node.IsRegex && !node.WholeWord)
        {
            var start = node.CaseSensitive
                ? text.IndexOf(node.Pattern, StringComparison.Ordinal)
                : text.ToLowerInvariant().IndexOf(node.Pattern.ToLowerInvariant(), StringComparison.Ordinal);
            return start < 0 ? null : (start, node.Pattern.Length);
        }
        var regex = Compile(node);
        var match = regex?.Match(text);
        return match is { Success: true } ? (match.Index, match.Length) : null;
    }

    private static Regex? Compile(TextMatch node)
    {
        var options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | (node.CaseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
        try
        {
            return new Regex(TextMatchSql.Regex(node), options);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
