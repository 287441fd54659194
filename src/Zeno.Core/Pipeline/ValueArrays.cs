using System.Collections.Concurrent;

namespace Zeno.Core.Pipeline;

// Partition-sized value arrays that a committed partition hands on to the next one. A fresh array of a partition is
// new memory that the OS faults in page by page when the values are first copied in, which costs more than the copy.
internal sealed class ValueArrays
{
    // Enough for the partitions in flight and queued; an array beyond it is left to the garbage collector.
    private const int KeptPerShape = 8;

    private readonly ConcurrentDictionary<(Type Type, int Length), ConcurrentBag<Array>> _free = new();

    /// <summary>An array of <paramref name="like"/>'s element type and <paramref name="count"/> values; its old values are not cleared.</summary>
    public Zeno.TypedValueList Rent(Zeno.TypedValueList like, int count) =>
        _free.TryGetValue((like.Items.GetType(), count), out var free) && free.TryTake(out var items) ? like.Over(items) : like.Allocate(count);

    /// <summary>Takes back a partition's values once they are committed (nothing else may hold them).</summary>
    public void Return(IReadOnlyList<object?> values)
    {
        if (values is not Zeno.TypedValueList typed)
            return;
        var free = _free.GetOrAdd((typed.Items.GetType(), typed.Count), _ => []);
        if (free.Count < KeptPerShape)
            free.Add(typed.Items);
    }
}
