using System.Text;

namespace Zeno.Reports.Documents;

/// <summary>
/// A report's name as a download file name that every OS and browser accepts: ASCII letters, digits, '-', '_' and '.'
/// kept, every other run of characters folded into one '-' (no path separators, quotes or line breaks can survive),
/// no leading dot, at most 80 characters, never empty.
/// </summary>
public static class SafeFileName
{
    /// <summary>"Hard ham / Q3" with ".pdf" → "Hard-ham-Q3.pdf".</summary>
    public static string Of(string name, string extension)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(extension);
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.')
                text.Append(c);
            else if (text.Length > 0 && text[^1] != '-')
                text.Append('-');
        }
        var safe = text.ToString().Trim('-', '.');
        if (safe.Length > 80)
            safe = safe[..80].TrimEnd('-', '.');
        return (safe.Length == 0 ? "report" : safe) + "." + extension.TrimStart('.');
    }
}
