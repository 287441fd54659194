using System.Globalization;
using System.Text;

namespace Zeno.Core.Config;

/// <summary>TOML string values, for the files Zeno writes (zeno init, export-state).</summary>
internal static class TomlText
{
    /// <summary>A literal string <c>'...'</c> when the text has no <c>'</c> and no control character; otherwise a basic string.</summary>
    public static string Text(string text) =>
        text.Contains('\'', StringComparison.Ordinal) || text.Any(char.IsControl) ? Basic(text) : "'" + text + "'";

    /// <summary>A basic string <c>"..."</c> with TOML's escapes for quotes, backslashes and control characters.</summary>
    public static string Basic(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                '\b' => sb.Append("\\b"),
                '\t' => sb.Append("\\t"),
                '\n' => sb.Append("\\n"),
                '\f' => sb.Append("\\f"),
                '\r' => sb.Append("\\r"),
                _ when char.IsControl(c) => sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => sb.Append(c),
            };
        }
        return sb.Append('"').ToString();
    }

}
