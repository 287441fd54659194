using System.Collections;
using Microsoft.Data.Analysis;

namespace Zeno;

// Copies a user's sequence once, so later changes to their array cannot change what Zeno stores. Sequences of the
// primitive types a column is stored as stay typed (see TypedValueList); anything else is copied as objects.
internal static class ValueList
{
    public static IReadOnlyList<object?> From(IEnumerable values) => values switch
    {
        // A DataFrame column (e.g. `batch.Columns["income"] / 1000.0`) enumerates through its indexer, one lookup a
        // value; its buffers copy at memory speed.
        PrimitiveDataFrameColumn<double> column => Copied(column),
        PrimitiveDataFrameColumn<float> column => Copied(column),
        PrimitiveDataFrameColumn<long> column => Copied(column),
        PrimitiveDataFrameColumn<int> column => Copied(column),
        PrimitiveDataFrameColumn<bool> column => Copied(column),
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

    private static TypedValueList<T?> Copied<T>(PrimitiveDataFrameColumn<T> column) where T : unmanaged
    {
        var values = new T?[column.Length];
        var row = 0;
        foreach (var (data, validity) in column.GetReadOnlyDataBuffers().Zip(column.GetReadOnlyNullBitMapBuffers()))
        {
            var items = data.Span;
            var valid = validity.Span;
            for (var i = 0; i < items.Length; i++, row++)
                if ((valid[i >> 3] & (1 << (i & 7))) != 0)
                    values[row] = items[i];
        }
        return new(values);
    }

    private static List<object?> Boxed(IEnumerable values)
    {
        var list = new List<object?>();
        foreach (var value in values)
            list.Add(value);
        return list;
    }
}
