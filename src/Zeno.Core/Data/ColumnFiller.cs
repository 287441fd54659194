using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Analysis;

namespace Zeno.Core.Data;

// Gathers one result column for a DataFrame. Numbers, booleans and dates are read through their typed getters into one
// flat array and a validity bitmap, which become the column's buffers at the end: DataFrame's own Append costs tens of
// nanoseconds a value, more than reading it from DuckDB. Text and rarer types go through a conversion.
internal abstract class ColumnFiller(int field)
{
    protected int Field { get; } = field;

    /// <summary>The column holding every value appended so far.</summary>
    public abstract DataFrameColumn Column { get; }

    public abstract void Append(DbDataReader reader);

    // capacity: the rows expected (the batch size), so the arrays seldom grow.
    public static ColumnFiller For(string name, int field, Type type, int capacity)
    {
        if (type == typeof(bool))
            return Booleans(name, field, capacity, (r, i) => r.GetBoolean(i));
        if (type == typeof(long))
            return Longs(name, field, capacity, (r, i) => r.GetInt64(i));
        if (type == typeof(int))
            return Longs(name, field, capacity, (r, i) => r.GetInt32(i));
        if (type == typeof(short) || type == typeof(sbyte) || type == typeof(byte) || type == typeof(ushort) || type == typeof(uint))
            return Longs(name, field, capacity, (r, i) => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture));
        if (type == typeof(double))
            return Doubles(name, field, capacity, (r, i) => r.GetDouble(i));
        if (type == typeof(float) || type == typeof(decimal) || type == typeof(ulong) || type == typeof(System.Numerics.BigInteger))
            return Doubles(name, field, capacity, (r, i) => Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture));
        if (type == typeof(DateTime))
            return Dates(name, field, capacity, (r, i) => r.GetDateTime(i));
        if (type == typeof(DateOnly) || type == typeof(DateTimeOffset))
            return Dates(name, field, capacity, (r, i) => ToDateTime(r.GetValue(i)));
        if (type == typeof(string))
            return new Text(new StringDataFrameColumn(name), field, (r, i) => r.GetString(i));
        return new Text(new StringDataFrameColumn(name), field, (r, i) => ToText(r.GetValue(i)));
    }

    // Columns the vector reader fills through Add: the reader's own values, never a DbDataReader's.
    internal static Flat<bool> Booleans(string name, int capacity) => Booleans(name, -1, capacity, NotFromReader<bool>);

    internal static Flat<long> Longs(string name, int capacity) => Longs(name, -1, capacity, NotFromReader<long>);

    internal static Flat<double> Doubles(string name, int capacity) => Doubles(name, -1, capacity, NotFromReader<double>);

    internal static Flat<DateTime> Dates(string name, int capacity) => Dates(name, -1, capacity, NotFromReader<DateTime>);

    internal static Text Strings(string name) => new(new StringDataFrameColumn(name), -1, NotFromReader<string?>);

    private static T NotFromReader<T>(DbDataReader reader, int field) => throw new InvalidOperationException("this column is filled from DuckDB vectors");

    private static Flat<bool> Booleans(string name, int field, int capacity, Func<DbDataReader, int, bool> read) =>
        new(name, field, capacity, read, BooleanColumn);

    private static Flat<long> Longs(string name, int field, int capacity, Func<DbDataReader, int, long> read) =>
        new(name, field, capacity, read, LongColumn);

    private static Flat<double> Doubles(string name, int field, int capacity, Func<DbDataReader, int, double> read) =>
        new(name, field, capacity, read, DoubleColumn);

    private static Flat<DateTime> Dates(string name, int field, int capacity, Func<DbDataReader, int, DateTime> read) =>
        new(name, field, capacity, read, DateColumn);

    // The column types of the flat fillers, built over their values and validity bitmap; whoever gathers values of
    // such columns elsewhere builds them the same way, so its frames have the same types.
    internal static readonly ColumnFromBuffers BooleanColumn = (n, d, v, l, c) => new BooleanDataFrameColumn(n, d, v, l, c);
    internal static readonly ColumnFromBuffers LongColumn = (n, d, v, l, c) => new Int64DataFrameColumn(n, d, v, l, c);
    internal static readonly ColumnFromBuffers DoubleColumn = (n, d, v, l, c) => new DoubleDataFrameColumn(n, d, v, l, c);
    internal static readonly ColumnFromBuffers DateColumn = (n, d, v, l, c) => new DateTimeDataFrameColumn(n, d, v, l, c);

    private static DateTime ToDateTime(object value) => value switch
    {
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        DateTimeOffset offset => offset.UtcDateTime,
        _ => (DateTime)value,
    };

    private static string? ToText(object value) => value switch
    {
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    internal delegate DataFrameColumn ColumnFromBuffers(string name, ReadOnlyMemory<byte> data, ReadOnlyMemory<byte> validity, int length, int nulls);

    // Values as raw bytes and a validity bitmap (bit i set: row i has a value, least significant bit first), the
    // layout DataFrame's primitive columns keep; the column wraps both without copying and copies only if written to.
    internal sealed class Flat<T>(string name, int field, int capacity, Func<DbDataReader, int, T> read, ColumnFromBuffers create)
        : ColumnFiller(field) where T : unmanaged
    {
        private static readonly int Size = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        private byte[] _data = new byte[Math.Clamp(capacity, 1, 1 << 16) * Size];
        private byte[] _validity = new byte[(Math.Clamp(capacity, 1, 1 << 16) + 7) / 8];
        private int _count;
        private int _nulls;

        public override DataFrameColumn Column => create(name, _data.AsMemory(0, _count * Size), _validity.AsMemory(0, (_count + 7) / 8), _count, _nulls);

        public override void Append(DbDataReader reader)
        {
            if (reader.IsDBNull(Field))
                AddNull();
            else
                Add(read(reader, Field));
        }

        public void Add(T value)
        {
            if (_count * Size == _data.Length)
                Grow();
            MemoryMarshal.Cast<byte, T>(_data.AsSpan())[_count] = value;
            _validity[_count >> 3] |= (byte)(1 << (_count & 7));
            _count++;
        }

        public void AddNull()
        {
            if (_count * Size == _data.Length)
                Grow();
            _nulls++;
            _count++;
        }

        /// <summary>
        /// Appends a run of values at once: a DuckDB vector whose type is the column's. <paramref name="validity"/> is
        /// DuckDB's mask of it (bit <paramref name="first"/> + i set: value i is valid; null when every value is), and
        /// a null value's slot is cleared, as <see cref="AddNull"/> leaves it.
        /// </summary>
        public unsafe void AddRange(ReadOnlySpan<T> values, ulong* validity, int first)
        {
            while ((long)(_count + values.Length) * Size > _data.Length)
                Grow();
            var target = MemoryMarshal.Cast<byte, T>(_data.AsSpan())[_count..];
            values.CopyTo(target);
            for (var i = 0; i < values.Length; i++)
            {
                var row = _count + i;
                var source = first + i;
                if (validity is null || (validity[source >> 6] & (1UL << (source & 63))) != 0)
                    _validity[row >> 3] |= (byte)(1 << (row & 7));
                else
                {
                    target[i] = default;
                    _nulls++;
                }
            }
            _count += values.Length;
        }

        private void Grow()
        {
            var rows = Math.Max(1L, _count) * 2;
            if (rows * Size > Array.MaxLength)
                throw new InvalidOperationException($"column '{name}' has more rows than one DataFrame column can hold ({_count:N0}); read it in batches");
            Array.Resize(ref _data, (int)(rows * Size));
            Array.Resize(ref _validity, (int)((rows + 7) / 8));
        }
    }

    internal sealed class Text(StringDataFrameColumn column, int field, Func<DbDataReader, int, string?> read) : ColumnFiller(field)
    {
        public override DataFrameColumn Column => column;

        public override void Append(DbDataReader reader) => Add(reader.IsDBNull(Field) ? null : read(reader, Field));

        public void Add(string? value) => column.Append(value);
    }
}
