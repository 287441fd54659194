using System.Runtime.InteropServices;
using Microsoft.Data.Analysis;
using Zeno.Core.Data;

namespace Zeno.Core.Query.Index;

/// <summary>
/// One column a [Metric] function reads, for every row of a view in zeno_row order, read from DuckDB once: a slice's
/// frame is then gathered from its row set instead of asking DuckDB to filter, sort and hand over its rows again for
/// every (slice, model). A data column read by several models' functions is kept once. A column the index does not keep
/// is remembered as <see cref="Declined"/>, so the SQL path answers without the read being tried again.
/// </summary>
internal sealed class FunctionColumn : IIndexPart
{
    private readonly Column? _column;

    private FunctionColumn(Column? column) => (_column, SizeInBytes) = (column, column?.Bytes ?? 0);

    /// <summary>
    /// A column the index does not keep: larger than a part may be, of a type it does not gather, or of a view that
    /// does not hold one row per zeno_row.
    /// </summary>
    public static FunctionColumn Declined { get; } = new(null);

    /// <inheritdoc />
    public long SizeInBytes { get; }

    /// <summary>
    /// Keeps <paramref name="column"/> (as the frame reader makes it) when it takes at most <paramref name="mostBytes"/>,
    /// else <see cref="Declined"/>. A text column counts each distinct string object once: the vector reader shares
    /// repeated short values, so labels and predictions cost a reference a row.
    /// </summary>
    public static FunctionColumn Keep(DataFrameColumn column, long mostBytes)
    {
        Column? kept = column switch
        {
            BooleanDataFrameColumn flags => Flat<bool>.Of(flags, ColumnFiller.BooleanColumn),
            Int64DataFrameColumn numbers => Flat<long>.Of(numbers, ColumnFiller.LongColumn),
            DoubleDataFrameColumn numbers => Flat<double>.Of(numbers, ColumnFiller.DoubleColumn),
            DateTimeDataFrameColumn dates => Flat<DateTime>.Of(dates, ColumnFiller.DateColumn),
            StringDataFrameColumn texts => new Texts(texts),
            _ => null,
        };
        return kept is not null && kept.Bytes <= mostBytes ? new FunctionColumn(kept) : Declined;
    }

    /// <summary>
    /// The column's values of <paramref name="rows"/> (zeno_rows, ascending), of the type and with the values the SQL
    /// path's frame of those rows has. Null for <see cref="Declined"/>.
    /// </summary>
    public DataFrameColumn? Gather(long[] rows) => _column?.Gather(rows);

    private abstract class Column
    {
        public abstract long Bytes { get; }

        public abstract DataFrameColumn Gather(long[] rows);
    }

    // Values in one array and a validity bit a row; a slice's column is built over its values and validity bitmap, as
    // the frame reader builds one, sized exactly.
    private sealed class Flat<T>(string name, T[] values, ulong[] present, ColumnFiller.ColumnFromBuffers create) : Column where T : unmanaged
    {
        private static readonly int Size = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();

        public override long Bytes => (long)values.Length * Size + present.Length * sizeof(ulong);

        public static Flat<T> Of(PrimitiveDataFrameColumn<T> column, ColumnFiller.ColumnFromBuffers create)
        {
            var values = new T[column.Length];
            var present = new ulong[RowBits.Words(column.Length)];
            var row = 0;
            foreach (var (data, validity) in column.GetReadOnlyDataBuffers().Zip(column.GetReadOnlyNullBitMapBuffers()))
            {
                data.Span.CopyTo(values.AsSpan(row));
                var bits = validity.Span;
                for (var i = 0; i < data.Length; i++, row++)
                    if ((bits[i >> 3] & (1 << (i & 7))) != 0)
                        present[row >> 6] |= 1UL << (row & 63);
            }
            return new Flat<T>(column.Name, values, present, create);
        }

        public override DataFrameColumn Gather(long[] rows)
        {
            var data = new byte[(long)rows.Length * Size];
            var validity = new byte[(rows.Length + 7) / 8];
            var target = MemoryMarshal.Cast<byte, T>(data.AsSpan());
            var nulls = 0;
            for (var i = 0; i < rows.Length; i++)
            {
                var row = rows[i];
                if ((present[row >> 6] & (1UL << (int)(row & 63))) != 0)
                {
                    target[i] = values[row];
                    validity[i >> 3] |= (byte)(1 << (i & 7));
                }
                else
                    nulls++;
            }
            return create(name, data, validity, rows.Length, nulls);
        }
    }

    private sealed class Texts : Column
    {
        private readonly string _name;
        private readonly string?[] _values;

        public Texts(StringDataFrameColumn column)
        {
            _name = column.Name;
            _values = new string?[column.Length];
            var row = 0;
            foreach (var text in column)
                _values[row++] = text;
            // Each string object once: its header and length (about 24 bytes) and two bytes a character.
            var seen = new HashSet<string>(ReferenceEqualityComparer.Instance);
            Bytes = (long)_values.Length * IntPtr.Size + _values.Where(text => text is not null && seen.Add(text)).Sum(text => 24 + 2L * text!.Length);
        }

        public override long Bytes { get; }

        public override DataFrameColumn Gather(long[] rows)
        {
            var column = new StringDataFrameColumn(_name, rows.Length);
            for (var i = 0; i < rows.Length; i++)
                column[i] = _values[rows[i]];
            return column;
        }
    }
}
