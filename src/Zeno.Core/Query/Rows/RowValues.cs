using System.Collections;
using System.Globalization;
using System.Numerics;

namespace Zeno.Core.Query.Rows;

/// <summary>
/// Turns DuckDB values into values every JSON writer handles the same way: text, 64-bit integers, doubles, booleans,
/// null, and lists of those. Dates become ISO 8601 text so the browser never guesses a time zone.
/// </summary>
internal static class RowValues
{
    public static object? ToJson(object? value) => value switch
    {
        null or DBNull => null,
        string or bool or long => value,
        int or short or sbyte or byte or ushort or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong big => big <= long.MaxValue ? (object)(long)big : (double)big,
        BigInteger huge => huge >= long.MinValue && huge <= long.MaxValue ? (object)(long)huge : (double)huge,
        // JSON has no NaN or infinity; a number that is not one is treated as missing, as metrics treat it.
        double number => double.IsFinite(number) ? number : null,
        float number => float.IsFinite(number) ? (double)number : null,
        decimal number => (double)number,
        DateTime time => time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToBase64String(bytes),
        IDictionary map => map.Keys.Cast<object>().ToDictionary(key => Convert.ToString(key, CultureInfo.InvariantCulture) ?? "", key => ToJson(map[key])),
        IEnumerable list => list.Cast<object?>().Select(ToJson).ToList(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
