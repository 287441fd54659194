using System.Collections;

namespace Zeno.Core.Store;

/// <summary>The row numbers [<paramref name="start"/>, start + <paramref name="count"/>) as a list, without storing them.</summary>
public sealed class RowRange(long start, int count) : IReadOnlyList<long>
{
    /// <inheritdoc />
    public long this[int index] => (uint)index < (uint)count ? start + index : throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc />
    public int Count => count;

    /// <inheritdoc />
    public IEnumerator<long> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
            yield return start + i;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
