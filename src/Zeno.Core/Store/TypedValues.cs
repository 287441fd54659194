using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Zeno.Core.Store;

// Stores a function's typed values (Zeno.TypedValueList) without boxing them, by the same rules StoredTypes applies to
// boxed values: NaN is null, integers widen to doubles. Only the three shapes below are written directly; a column
// whose stored type is something else (text, after a partition of strings) goes through the boxed path.
internal static class TypedValues
{
    private enum Shape { Doubles, Longs, Booleans }

    // One array, seen as one of the shapes: a double value of NaN means null, a long or bool without a value means null.
    private readonly record struct View(Shape Shape, int Count, Func<int, double> Double, Func<int, long?> Long, Func<int, bool?> Boolean);

    /// <summary>The narrowest type that holds every value, or null when <paramref name="values"/> is not a typed array the store writes directly.</summary>
    public static StoredType? Infer(IReadOnlyList<object?> values)
    {
        if (Of(values) is not { } view)
            return null;
        for (var i = 0; i < view.Count; i++)
            if (view.Shape switch
                {
                    Shape.Doubles => !double.IsNaN(view.Double(i)),
                    Shape.Longs => view.Long(i).HasValue,
                    _ => view.Boolean(i).HasValue,
                })
                return view.Shape switch { Shape.Doubles => StoredType.Double, Shape.Longs => StoredType.BigInt, _ => StoredType.Boolean };
        return StoredType.Null;
    }

    /// <summary>Appends (row, value) pairs when the values are typed and the stored type fits them; false appends nothing.</summary>
    public static bool TryAppend(DuckDBConnection connection, string table, ColumnWrite write, StoredType type)
    {
        if (Of(write.Values) is not { } view || !Fits(view.Shape, type))
            return false;
        var count = view.Count;
        switch (view.Shape, type)
        {
            case (Shape.Doubles, _):
                ChunkAppender.Append(connection, table, write.Rows, count, DuckDBType.Double, (int i, out double value) => !double.IsNaN(value = view.Double(i)));
                break;
            case (Shape.Longs, StoredType.Double):
                ChunkAppender.Append(connection, table, write.Rows, count, DuckDBType.Double, (int i, out double value) =>
                {
                    var number = view.Long(i);
                    value = number ?? 0;
                    return number.HasValue;
                });
                break;
            case (Shape.Longs, _):
                ChunkAppender.Append(connection, table, write.Rows, count, DuckDBType.BigInt, (int i, out long value) =>
                {
                    var number = view.Long(i);
                    value = number ?? 0;
                    return number.HasValue;
                });
                break;
            default:
                ChunkAppender.Append(connection, table, write.Rows, count, DuckDBType.Boolean, (int i, out bool value) =>
                {
                    var flag = view.Boolean(i);
                    value = flag ?? false;
                    return flag.HasValue;
                });
                break;
        }
        return true;
    }

    private static bool Fits(Shape shape, StoredType type) => (shape, type) switch
    {
        (Shape.Doubles, StoredType.Double) => true,
        (Shape.Longs, StoredType.BigInt or StoredType.Double) => true,
        (Shape.Booleans, StoredType.Boolean) => true,
        _ => false,
    };

    private static View? Of(IReadOnlyList<object?> values) => (values as Zeno.TypedValueList)?.Items switch
    {
        double[] v => Doubles(v.Length, i => v[i]),
        double?[] v => Doubles(v.Length, i => v[i] ?? double.NaN),
        float[] v => Doubles(v.Length, i => v[i]),
        float?[] v => Doubles(v.Length, i => v[i] ?? double.NaN),
        long[] v => Longs(v.Length, i => v[i]),
        long?[] v => Longs(v.Length, i => v[i]),
        int[] v => Longs(v.Length, i => v[i]),
        int?[] v => Longs(v.Length, i => v[i]),
        bool[] v => new View(Shape.Booleans, v.Length, null!, null!, i => v[i]),
        bool?[] v => new View(Shape.Booleans, v.Length, null!, null!, i => v[i]),
        _ => null,
    };

    private static View Doubles(int count, Func<int, double> value) => new(Shape.Doubles, count, value, null!, null!);

    private static View Longs(int count, Func<int, long?> value) => new(Shape.Longs, count, null!, value, null!);
}
