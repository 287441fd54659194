using System.Globalization;
using System.Text.RegularExpressions;

namespace Zeno.Core.Query.Filters;

/// <summary>
/// The ISO 8601 forms the language accepts for dates: <c>2024-01-31</c>, <c>2024-01-31T10:00</c>,
/// <c>2024-01-31T10:00:00.5</c>, optionally with <c>Z</c> or an offset (converted to UTC). Only ISO forms, so
/// <c>01/02/2024</c> never means different days to different people.
/// </summary>
internal static partial class FilterDates
{
    // Unquoted in a filter: 'T' between date and time, so the literal is one token.
    [GeneratedRegex(@"\G\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:?\d{2})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex Unquoted();

    // Quoted (a string compared with a date column): a space may stand for 'T', as DuckDB prints timestamps.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    /// <summary>The length of an unquoted date literal starting at <paramref name="start"/>, or 0 when there is none.</summary>
    public static int MatchUnquoted(string text, int start)
    {
        var m = Unquoted().Match(text, start);
        return m.Success ? m.Length : 0;
    }

    /// <summary>Parses an ISO date or date-time; a zone, when given, is converted away to UTC.</summary>
    public static bool TryParse(string text, out DateTime value)
    {
        value = default;
        if (!Quoted().IsMatch(text)
            || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return false;
        }
        value = DateTime.SpecifyKind(parsed, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>The shortest ISO form that reads back as the same value: the date alone at midnight.</summary>
    public static string Format(DateTime value) =>
        value.TimeOfDay == TimeSpan.Zero
            ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');
}
