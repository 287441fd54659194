using Zeno.Core.Errors;

namespace Zeno.Core.Query.Filters;

/// <summary>
/// A filter that does not parse. The message names the 1-based column, says what was expected and what was found,
/// and repeats the filter with a caret under the spot:
/// <code>
/// column 6: expected a value or a column name after '>=' but found end of filter
///   x >=
///        ^
/// </code>
/// </summary>
public sealed class FilterSyntaxException : ZenoException
{
    /// <summary>Creates the error for <paramref name="filter"/> at a 1-based <paramref name="column"/>.</summary>
    public FilterSyntaxException(string filter, int column, string reason)
        : base($"column {column}: {reason}{Environment.NewLine}{Pointer(filter, column)}")
    {
        Filter = filter;
        Column = column;
        Reason = reason;
    }

    /// <summary>The whole filter text.</summary>
    public string Filter { get; }

    /// <summary>The 1-based character position of the problem (one past the end for "found end of filter").</summary>
    public int Column { get; }

    /// <summary>The message without the position and the caret lines, for a UI that draws its own marker.</summary>
    public string Reason { get; }

    // Tabs and line breaks would push the caret out of line, so they are shown as spaces.
    private static string Pointer(string filter, int column)
    {
        var flat = string.Concat(filter.Select(c => char.IsControl(c) ? ' ' : c));
        return $"  {flat}{Environment.NewLine}  {new string(' ', Math.Max(0, column - 1))}^";
    }
}
