using System.Text;
using Zeno.Core.Errors;
using Zeno.Core.Query.Sql;

namespace Zeno.Core.Query.Filters;

/// <summary>
/// SQL for <see cref="TextMatch"/>. Plain substrings use <c>contains</c> (no regex engine, no escaping to get
/// wrong); regexes and whole words use DuckDB's <c>regexp_matches</c>, which runs RE2 and finds a match anywhere.
/// </summary>
internal static class TextMatchSql
{
    // RE2's metacharacters. Only these are escaped: RE2 rejects escapes of letters it does not know ("\x" alone).
    private const string Metacharacters = @"\.+*?()|[]{}^$";

    public static string Leaf(TextMatch node, ResolvedColumn column, SqlParameters parameters)
    {
        if (column.Storage != StorageKind.String)
        {
            throw new ZenoException($"column '{column.Name}' ({column.Type}) is not text, so '~' cannot search it")
            {
                Hint = "Use ~ and !~ on text columns; compare numbers, dates and booleans with ==, <, >, in.",
            };
        }
        var x = column.Expression;
        if (!node.IsRegex && !node.WholeWord)
        {
            return node.CaseSensitive
                ? $"contains({x}, {parameters.Add(node.Pattern)})"
                : $"contains(lower({x}), lower({parameters.Add(node.Pattern)}))";
        }
        var pattern = Regex(node);
        var p = parameters.Add(pattern);
        return node.CaseSensitive ? $"regexp_matches({x}, {p})" : $"regexp_matches({x}, {p}, 'i')";
    }

    /// <summary>The RE2 pattern a regex or whole-word match runs: the source, or the escaped text, between word boundaries if asked.</summary>
    public static string Regex(TextMatch node)
    {
        var core = node.IsRegex ? node.Pattern : Escape(node.Pattern);
        return node.WholeWord ? $@"\b(?:{core})\b" : core;
    }

    /// <summary>Text that RE2 (and .NET) match literally.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Metacharacters.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
