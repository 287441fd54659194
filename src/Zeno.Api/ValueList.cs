using System.Collections;

namespace Zeno;

// Copies a user's sequence once, so later changes to their array cannot change what Zeno stores.
internal static class ValueList
{
    public static IReadOnlyList<object?> From(IEnumerable values)
    {
        var list = new List<object?>();
        foreach (var value in values)
            list.Add(value);
        return list;
    }
}
