namespace Zeno.Core.Store;

/// <summary>The DuckDB type a computed column is stored as, inferred from the values a function returned.</summary>
public enum StoredType
{
    /// <summary>Nothing but nulls so far; the first real values decide.</summary>
    Null,
    /// <summary>BOOLEAN.</summary>
    Boolean,
    /// <summary>BIGINT (any integral .NET type).</summary>
    BigInt,
    /// <summary>DOUBLE (float, double, decimal; or integers mixed with them).</summary>
    Double,
    /// <summary>TIMESTAMP (DateTime, DateTimeOffset as UTC, DateOnly).</summary>
    Timestamp,
    /// <summary>VARCHAR: strings, and anything else in its invariant text form.</summary>
    Varchar,
    /// <summary>FLOAT[]: embedding vectors.</summary>
    FloatList,
}

/// <summary>Infers and widens <see cref="StoredType"/>s. Pure, so the rules are tested without a database.</summary>
public static class StoredTypes
{
    /// <summary>The narrowest type that holds every value.</summary>
    public static StoredType Infer(IEnumerable<object?> values)
    {
        var type = StoredType.Null;
        foreach (var value in values)
            type = Widen(type, Of(value));
        return type;
    }

    /// <summary>The type of one value.</summary>
    public static StoredType Of(object? value) => value switch
    {
        null or DBNull => StoredType.Null,
        double d when double.IsNaN(d) => StoredType.Null,
        float f when float.IsNaN(f) => StoredType.Null,
        bool => StoredType.Boolean,
        byte or sbyte or short or ushort or int or uint or long => StoredType.BigInt,
        ulong or float or double or decimal => StoredType.Double,
        DateTime or DateTimeOffset or DateOnly => StoredType.Timestamp,
        float[] => StoredType.FloatList,
        _ => StoredType.Varchar,
    };

    /// <summary>The type that holds values of both types: integers widen to doubles, any other mix to text.</summary>
    public static StoredType Widen(StoredType a, StoredType b) => (a, b) switch
    {
        _ when a == b => a,
        (StoredType.Null, _) => b,
        (_, StoredType.Null) => a,
        (StoredType.BigInt, StoredType.Double) or (StoredType.Double, StoredType.BigInt) => StoredType.Double,
        _ => StoredType.Varchar,
    };

    /// <summary>The DuckDB column type.</summary>
    public static string SqlType(StoredType type) => type switch
    {
        StoredType.Boolean => "BOOLEAN",
        StoredType.BigInt => "BIGINT",
        StoredType.Double => "DOUBLE",
        StoredType.Timestamp => "TIMESTAMP",
        StoredType.FloatList => "FLOAT[]",
        _ => "VARCHAR",
    };
}
