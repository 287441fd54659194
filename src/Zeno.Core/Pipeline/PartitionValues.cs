namespace Zeno.Core.Pipeline;

// One partition's values of one column, gathered batch by batch. While every batch comes back as the same typed
// sequence the values stay in one typed array, which the store writes without boxing; a batch of another shape turns
// them into objects, and so do rows left without a value (a failed row is stored as null, which a double[] cannot hold).
internal sealed class PartitionValues(int rows, ValueArrays? arrays = null)
{
    private Zeno.TypedValueList? _typed;
    private object?[]? _boxed;
    private readonly bool[] _written = new bool[rows];
    private int _filled;

    public void Set(int offset, IReadOnlyList<object?> values)
    {
        _filled += values.Count;
        Array.Fill(_written, true, offset, values.Count);
        if (_boxed is null && values is Zeno.TypedValueList typed && (_typed ??= arrays?.Rent(typed, rows) ?? typed.Allocate(rows)).GetType() == typed.GetType())
        {
            Array.Copy(typed.Items, 0, _typed.Items, offset, typed.Count);
            return;
        }
        var target = Boxed();
        for (var i = 0; i < values.Count; i++)
            target[offset + i] = values[i];
    }

    public IReadOnlyList<object?> ToList() => _typed is not null && _boxed is null && _filled == rows ? _typed : Boxed();

    private object?[] Boxed()
    {
        if (_boxed is not null)
            return _boxed;
        _boxed = new object?[rows];
        // Only the rows already copied hold values: the rest of a typed array is its default, not the user's answer.
        if (_typed is not null)
            for (var i = 0; i < rows; i++)
                _boxed[i] = _written[i] ? _typed[i] : null;
        return _boxed;
    }
}
