using System.Collections;

namespace Zeno;

// Copies a user's sequence once, so later changes to their array cannot change what Zeno stores. Sequences of the
// primitive types a column is stored as stay typed (see TypedValueList); anything else is copied as objects.
internal static class ValueList
{
    public static IReadOnlyList<object?> From(IEnumerable values) => values switch
    {
        IEnumerable<double> typed => Typed(typed),
        IEnumerable<double?> typed => Typed(typed),
        IEnumerable<float> typed => Typed(typed),
        IEnumerable<float?> typed => Typed(typed),
        IEnumerable<long> typed => Typed(typed),
        IEnumerable<long?> typed => Typed(typed),
        IEnumerable<int> typed => Typed(typed),
        IEnumerable<int?> typed => Typed(typed),
        IEnumerable<bool> typed => Typed(typed),
        IEnumerable<bool?> typed => Typed(typed),
        _ => Boxed(values),
    };

    private static TypedValueList<T> Typed<T>(IEnumerable<T> values) => new([.. values]);

    private static List<object?> Boxed(IEnumerable values)
    {
        var list = new List<object?>();
        foreach (var value in values)
            list.Add(value);
        return list;
    }
}
