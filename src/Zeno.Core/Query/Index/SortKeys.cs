using System.Globalization;
using System.Text.RegularExpressions;

namespace Zeno.Core.Query.Index;

/// <summary>
/// A numeric column's values as doubles, one per row in zeno_row order, and the rows where it is present: what a page
/// sorted by the column needs to find its rows without DuckDB sorting the slice. Kept only where the doubles order
/// rows exactly as DuckDB orders the column's own type, so both paths give the same page.
/// </summary>
internal sealed partial class SortKeys(double[] values, ulong[] present) : IIndexPart
{
    // Integers beyond 2^53 no longer convert to distinct doubles.
    private const double ExactIntegers = 9007199254740992d;

    /// <summary>The value of each row (0 where missing), padded like the codes.</summary>
    public double[] Values => values;

    /// <summary>Rows where the column is present, one bit each.</summary>
    public ulong[] Present => present;

    /// <inheritdoc />
    public long SizeInBytes => values.LongLength * 8 + present.LongLength * 8;

    /// <summary>
    /// Whether values of <paramref name="sqlType"/> keep their order (ties included) as doubles. Floats and small
    /// integers always do; a DECIMAL of up to 15 digits does (15 significant digits are distinct doubles); a BIGINT
    /// only while its values stay within ±2^53, which <see cref="Exact"/> checks once the values are read.
    /// </summary>
    public static bool Orderable(string sqlType)
    {
        var upper = sqlType.ToUpperInvariant();
        if (upper is "DOUBLE" or "FLOAT" or "REAL" or "TINYINT" or "SMALLINT" or "INTEGER" or "UTINYINT" or "USMALLINT" or "UINTEGER"
            or "BIGINT" or "UBIGINT")
            return true;
        return DecimalType().Match(upper) is { Success: true } match && int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) <= 15;
    }

    /// <summary>Whether every present value is a double that stands for exactly one value of the column's type.</summary>
    public bool Exact(string sqlType)
    {
        if (sqlType.ToUpperInvariant() is not ("BIGINT" or "UBIGINT"))
            return true;
        for (var word = 0; word < present.Length; word++)
        {
            for (var bits = present[word]; bits != 0; bits &= bits - 1)
            {
                var value = values[word * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits)];
                if (Math.Abs(value) >= ExactIntegers)
                    return false;
            }
        }
        return true;
    }

    /// <summary>
    /// DuckDB's order of doubles: by value, with NaN above every number (∞ included) and the two zeros equal. Negative
    /// when <paramref name="x"/> sorts first.
    /// </summary>
    public static int Compare(double x, double y)
    {
        var (xNaN, yNaN) = (double.IsNaN(x), double.IsNaN(y));
        if (xNaN || yNaN)
            return xNaN.CompareTo(yNaN);
        return x < y ? -1 : x > y ? 1 : 0;
    }

    [GeneratedRegex(@"^DECIMAL\((\d+)\s*,\s*\d+\)$")]
    private static partial Regex DecimalType();
}
