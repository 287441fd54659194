using System.Collections;

namespace Zeno;

// A copy of a typed sequence (doubles, longs, booleans, ...) that boxes a value only when one is read through the
// object view: Zeno's store writes the typed array itself, so a million numbers cost no million boxes.
internal abstract class TypedValueList : IReadOnlyList<object?>
{
    /// <summary>The values as a typed array (double[], long?[], bool[], ...), exactly as the user's sequence held them.</summary>
    public abstract Array Items { get; }

    public int Count => Items.Length;

    public abstract object? this[int index] { get; }

    /// <summary>An empty list of the same element type, to gather many batches' values into.</summary>
    public abstract TypedValueList Allocate(int count);

    /// <summary>A list over <paramref name="items"/>, an array of the same element type (one used before, say).</summary>
    public abstract TypedValueList Over(Array items);

    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

internal sealed class TypedValueList<T>(T[] items) : TypedValueList
{
    public override Array Items => items;

    public override object? this[int index] => items[index];

    public override TypedValueList Allocate(int count) => new TypedValueList<T>(new T[count]);

    public override TypedValueList Over(Array items) => new TypedValueList<T>((T[])items);
}
