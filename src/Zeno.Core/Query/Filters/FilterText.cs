using System.Globalization;
using System.Text;

namespace Zeno.Core.Query.Filters;

/// <summary>
/// The spelling rules of the filter language that both directions share (identifiers, strings, numbers, dates),
/// kept in one place so that what the formatter writes is exactly what the lexer reads.
/// </summary>
internal static class FilterText
{
    /// <summary>Words that cannot be bare column names; matched case-insensitively, written lower-case.</summary>
    public static readonly IReadOnlySet<string> Keywords =
        new HashSet<string>(["and", "or", "not", "in", "true", "false", "null"], StringComparer.OrdinalIgnoreCase);

    public static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    public static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '.';

    /// <summary>A column name as written: bare when it can be, otherwise in backticks with backticks doubled.</summary>
    public static string Identifier(string name) =>
        name.Length > 0 && IsIdentifierStart(name[0]) && name.All(IsIdentifierPart) && !Keywords.Contains(name)
            ? name
            : "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    /// <summary>A literal as written; numbers and dates in the invariant forms the lexer reads back exactly.</summary>
    public static string Literal(FilterValue value) => value switch
    {
        FilterValue.Text t => Quote(t.Value),
        _ => AsText(value),
    };

    /// <summary>
    /// The value as unquoted text: how a text column sees a literal (<c>label == 1</c> compares with "1"). Numbers
    /// use the shortest form that reads back as the same double ("R"), dates ISO 8601.
    /// </summary>
    public static string AsText(FilterValue value) => value switch
    {
        FilterValue.Number n => n.Value.ToString("R", CultureInfo.InvariantCulture),
        FilterValue.Text t => t.Value,
        FilterValue.Bool b => b.Value ? "true" : "false",
        FilterValue.Date d => FilterDates.Format(d.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown filter value."),
    };

    /// <summary>A double-quoted string with <c>\"</c>, <c>\\</c> and control characters escaped.</summary>
    public static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                '\n' => sb.Append("\\n"),
                '\r' => sb.Append("\\r"),
                '\t' => sb.Append("\\t"),
                _ when char.IsControl(c) => sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => sb.Append(c),
            };
        }
        return sb.Append('"').ToString();
    }

    /// <summary>
    /// A regex literal: <c>/source/</c> with <c>/</c> written <c>\/</c>. The lexer reads <c>\/</c> back as <c>/</c> and
    /// keeps every other backslash pair as it is, so <c>\b</c> or <c>\\</c> reach the regex engine unchanged.
    /// </summary>
    public static string RegexLiteral(string source)
    {
        var sb = new StringBuilder(source.Length + 2).Append('/');
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '\\' && i + 1 < source.Length && source[i + 1] != '/')
            {
                sb.Append(source, i, 2);
                i++;
            }
            else
            {
                sb.Append(source[i] == '/' ? "\\/" : source[i].ToString());
            }
        }
        return sb.Append('/').ToString();
    }
}
