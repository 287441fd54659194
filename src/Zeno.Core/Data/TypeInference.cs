using Zeno.Core.Config;

namespace Zeno.Core.Data;

/// <summary>
/// Decides how Zeno treats a column from its profile. Pure, so the rules are tested without a database:
/// booleans and dates by their type or by every text value parsing as one; numbers are nominal with few distinct values
/// (labels, ratings) and continuous otherwise; text is nominal when values are few or short words, free text otherwise.
/// </summary>
public static class TypeInference
{
    /// <summary>At most this many distinct values make a column nominal whatever its type.</summary>
    public const int NominalMaxDistinct = 20;

    /// <summary>Text values this long on average are free text, not categories.</summary>
    public const double TextMinAverageLength = 30;

    /// <summary>Infers the column type.</summary>
    public static ColumnType Infer(ColumnProfile profile)
    {
        var sqlType = profile.SqlType.ToUpperInvariant();
        if (sqlType == "BOOLEAN")
            return ColumnType.Boolean;
        if (sqlType.StartsWith("DATE", StringComparison.Ordinal) || sqlType.StartsWith("TIMESTAMP", StringComparison.Ordinal))
            return ColumnType.Datetime;
        if (IsNumeric(sqlType))
            return NumericType(profile);
        if (sqlType != "VARCHAR" || profile.NonNull == 0)
            return ColumnType.Nominal;
        return TextType(profile);
    }

    /// <summary>Whether a DuckDB type holds numbers.</summary>
    public static bool IsNumeric(string sqlType) =>
        sqlType.ToUpperInvariant() is "TINYINT" or "SMALLINT" or "INTEGER" or "BIGINT" or "HUGEINT" or "UTINYINT"
            or "USMALLINT" or "UINTEGER" or "UBIGINT" or "UHUGEINT" or "FLOAT" or "DOUBLE" or "REAL"
        || sqlType.StartsWith("DECIMAL", StringComparison.OrdinalIgnoreCase);

    private static ColumnType NumericType(ColumnProfile profile) =>
        profile.Distinct <= NominalMaxDistinct ? ColumnType.Nominal : ColumnType.Continuous;

    private static ColumnType TextType(ColumnProfile profile)
    {
        if (profile.BooleanLike == profile.NonNull)
            return ColumnType.Boolean;
        if (profile.NumberLike == profile.NonNull)
            return NumericType(profile);
        if (profile.DateLike == profile.NonNull)
            return ColumnType.Datetime;
        if (profile.Distinct <= NominalMaxDistinct)
            return ColumnType.Nominal;
        if (profile.AverageLength >= TextMinAverageLength || profile.WithSpaces * 2 >= profile.NonNull)
            return ColumnType.Text;
        return ColumnType.Nominal;
    }
}
