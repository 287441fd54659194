using System.Text;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using Microsoft.Data.Analysis;
using static DuckDB.NET.Native.NativeMethods;
// Named apart: Query alone would be the namespace Zeno.Core.Query.
using NativeQuery = DuckDB.NET.Native.NativeMethods.Query;

namespace Zeno.Core.Data;

/// <summary>
/// Reads a query's result a DuckDB vector (2,048 rows) at a time into the same DataFrame batches
/// <see cref="DataFrameReader"/> builds: DuckDB.NET's DbDataReader makes several calls per value, which cost more than
/// DuckDB takes to produce the value, while a vector's values are copied here in one loop. Numbers, booleans, text,
/// dates and timestamps are read this way; a result with any other column type is left to DataFrameReader. The result
/// streams: until the reader is disposed its connection must run no other query (DuckDB closes a pending result then).
/// </summary>
internal sealed unsafe class VectorReader : IDisposable
{
    private static readonly long EpochTicks = new DateTime(1970, 1, 1).Ticks;

    private readonly DuckDBResult _result;
    private readonly (string Name, DuckDBType Type)[] _columns;
    private DuckDBDataChunk? _chunk;
    private int _chunkRows;
    private int _position;
    private bool _done;
    private bool _disposed;

    private VectorReader(DuckDBResult result, (string, DuckDBType)[] columns) => (_result, _columns) = (result, columns);

    private readonly ShortStrings _shortStrings = new();

    /// <summary>
    /// Runs <paramref name="query"/> with its named parameters; null (with nothing read) when a parameter or a result
    /// column has a type this reader does not handle. DuckDB produces rows only as they are fetched, so giving up
    /// costs little.
    /// </summary>
    public static VectorReader? TryOpen(DuckDBConnection connection, string query, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        if (PreparedStatements.DuckDBPrepare(connection.NativeConnection, query, out var statement) != DuckDBState.Success)
        {
            using (statement)
                throw new InvalidOperationException($"preparing the query failed: {PreparedStatements.DuckDBPrepareError(statement)}");
        }
        using (statement)
        {
            foreach (var (name, value) in parameters)
            {
                if (PreparedStatements.DuckDBBindParameterIndex(statement, out var index, name) != DuckDBState.Success)
                    throw new InvalidOperationException($"the query has no parameter ${name}");
                if (Bind(statement, index, value) is not { } state)
                    return null;
                if (state != DuckDBState.Success)
                    throw new InvalidOperationException($"binding ${name} failed: {PreparedStatements.DuckDBPrepareError(statement)}");
            }
            if (PreparedStatements.DuckDBExecutePreparedStreaming(statement, out var result) != DuckDBState.Success)
            {
                var message = NativeQuery.DuckDBResultError(ref result);
                NativeQuery.DuckDBDestroyResult(ref result);
                throw new InvalidOperationException($"the query failed: {message}");
            }
            var columns = new (string, DuckDBType)[(int)NativeQuery.DuckDBColumnCount(ref result)];
            for (var i = 0; i < columns.Length; i++)
            {
                columns[i] = (NativeQuery.DuckDBColumnName(ref result, i), NativeQuery.DuckDBColumnType(ref result, i));
                if (!Copies(columns[i].Item2))
                {
                    NativeQuery.DuckDBDestroyResult(ref result);
                    return null;
                }
            }
            return new VectorReader(result, columns);
        }
    }

    /// <summary>Every row left as one frame; a result without rows gives a frame with its typed, empty columns.</summary>
    public DataFrame ReadAll() =>
        ReadBatch(int.MaxValue) ?? new DataFrame(_columns.Select(column => Filler(column, 0).Column));

    /// <summary>
    /// The next <paramref name="maxRows"/> rows (fewer at the end) as one frame without the first
    /// <paramref name="skipColumns"/> columns, or null when no rows are left. <paramref name="firstColumn"/>, when
    /// given, sees the first column's value of every row (a BIGINT: the row numbers a partition checks).
    /// </summary>
    public DataFrame? ReadBatch(int maxRows, int skipColumns = 0, Action<long>? firstColumn = null)
    {
        if (!NextRows())
            return null;
        var fillers = new ColumnFiller[_columns.Length - skipColumns];
        for (var i = 0; i < fillers.Length; i++)
            fillers[i] = Filler(_columns[skipColumns + i], Math.Min(maxRows, 1 << 16));
        var rows = 0;
        while (rows < maxRows && NextRows())
        {
            var take = Math.Min(maxRows - rows, _chunkRows - _position);
            if (firstColumn is not null)
                EachLong(DataChunks.DuckDBDataChunkGetVector(_chunk!, 0), take, firstColumn);
            for (var i = 0; i < fillers.Length; i++)
                Copy(_columns[skipColumns + i], DataChunks.DuckDBDataChunkGetVector(_chunk!, skipColumns + i), take, fillers[i]);
            _position += take;
            rows += take;
        }
        return new DataFrame(fillers.Select(filler => filler.Column));
    }

    public void Dispose()
    {
        // The result is a C struct: destroying it twice would free its memory twice.
        if (_disposed)
            return;
        _disposed = true;
        _chunk?.Dispose();
        var result = _result;
        NativeQuery.DuckDBDestroyResult(ref result);
    }

    // The values SqlParameters holds: numbers, text, booleans, nulls. Null for others (dates, lists), left to DuckDB.NET.
    private static DuckDBState? Bind(DuckDBPreparedStatement statement, int index, object? value) => value switch
    {
        null or DBNull => PreparedStatements.DuckDBBindNull(statement, index),
        long number => PreparedStatements.DuckDBBindInt64(statement, index, number),
        int number => PreparedStatements.DuckDBBindInt64(statement, index, number),
        double number => PreparedStatements.DuckDBBindDouble(statement, index, number),
        bool flag => PreparedStatements.DuckDBBindBoolean(statement, index, flag),
        string text => PreparedStatements.DuckDBBindVarchar(statement, index, text),
        _ => null,
    };

    private static bool Copies(DuckDBType type) => type is DuckDBType.Boolean or DuckDBType.TinyInt or DuckDBType.SmallInt or DuckDBType.Integer
        or DuckDBType.BigInt or DuckDBType.UnsignedTinyInt or DuckDBType.UnsignedSmallInt or DuckDBType.UnsignedInteger or DuckDBType.Float
        or DuckDBType.Double or DuckDBType.Varchar or DuckDBType.Date or DuckDBType.Timestamp;

    // The same column types DataFrameReader gives: integers as longs, floats as doubles, dates as DateTimes.
    private static ColumnFiller Filler((string Name, DuckDBType Type) column, int capacity) => column.Type switch
    {
        DuckDBType.Boolean => ColumnFiller.Booleans(column.Name, capacity),
        DuckDBType.Float or DuckDBType.Double => ColumnFiller.Doubles(column.Name, capacity),
        DuckDBType.Varchar => ColumnFiller.Strings(column.Name),
        DuckDBType.Date or DuckDBType.Timestamp => ColumnFiller.Dates(column.Name, capacity),
        _ => ColumnFiller.Longs(column.Name, capacity),
    };

    // True while rows are left: moves to the next chunk when this one is used up.
    private bool NextRows()
    {
        while (!_done && (_chunk is null || _position == _chunkRows))
        {
            _chunk?.Dispose();
            _chunk = NativeQuery.DuckDBFetchChunk(_result);
            _position = 0;
            _chunkRows = _chunk.IsInvalid ? 0 : (int)DataChunks.DuckDBDataChunkGetSize(_chunk);
            if (_chunkRows == 0)
            {
                _done = true;
                var result = _result;
                if (NativeQuery.DuckDBResultError(ref result) is { Length: > 0 } message)
                    throw new InvalidOperationException($"the query failed: {message}");
            }
        }
        return !_done;
    }

    private void EachLong(IntPtr vector, int count, Action<long> each)
    {
        var data = (long*)Vectors.DuckDBVectorGetData(vector);
        for (var i = _position; i < _position + count; i++)
            each(data[i]);
    }

    private void Copy((string Name, DuckDBType Type) column, IntPtr vector, int count, ColumnFiller filler)
    {
        var data = Vectors.DuckDBVectorGetData(vector);
        var validity = Vectors.DuckDBVectorGetValidity(vector);
        switch (column.Type)
        {
            // A DuckDB BOOLEAN is one byte holding 0 or 1, as a .NET bool is; BIGINT and DOUBLE are .NET's long and double.
            case DuckDBType.Boolean: ((ColumnFiller.Flat<bool>)filler).AddRange(new ReadOnlySpan<bool>((bool*)data + _position, count), validity, _position); break;
            case DuckDBType.TinyInt: Fill((sbyte*)data, validity, count, (ColumnFiller.Flat<long>)filler, value => value); break;
            case DuckDBType.SmallInt: Fill((short*)data, validity, count, (ColumnFiller.Flat<long>)filler, value => value); break;
            case DuckDBType.Integer: Fill((int*)data, validity, count, (ColumnFiller.Flat<long>)filler, value => value); break;
            case DuckDBType.BigInt: ((ColumnFiller.Flat<long>)filler).AddRange(new ReadOnlySpan<long>((long*)data + _position, count), validity, _position); break;
            case DuckDBType.UnsignedTinyInt: Fill((byte*)data, validity, count, (ColumnFiller.Flat<long>)filler, value => value); break;
            case DuckDBType.UnsignedSmallInt: Fill((ushort*)data, validity, count, (ColumnFiller.Flat<long>)filler, value => value); break;
            case DuckDBType.UnsignedInteger: Fill((uint*)data, validity, count, (ColumnFiller.Flat<long>)filler, value => value); break;
            case DuckDBType.Float: Fill((float*)data, validity, count, (ColumnFiller.Flat<double>)filler, value => value); break;
            case DuckDBType.Double: ((ColumnFiller.Flat<double>)filler).AddRange(new ReadOnlySpan<double>((double*)data + _position, count), validity, _position); break;
            // DuckDB counts dates in days and timestamps in microseconds since 1970, without a time zone.
            case DuckDBType.Date: Fill((int*)data, validity, count, (ColumnFiller.Flat<DateTime>)filler, days => Time(column.Name, days, Days)); break;
            case DuckDBType.Timestamp: Fill((long*)data, validity, count, (ColumnFiller.Flat<DateTime>)filler, micros => Time(column.Name, micros, Micros)); break;
            default: Strings((byte*)data, validity, count, (ColumnFiller.Text)filler); break;
        }
    }

    private void Fill<TSource, T>(TSource* data, ulong* validity, int count, ColumnFiller.Flat<T> filler, Func<TSource, T> convert)
        where TSource : unmanaged where T : unmanaged
    {
        for (var i = _position; i < _position + count; i++)
            if (IsValid(validity, i))
                filler.Add(convert(data[i]));
            else
                filler.AddNull();
    }

    // A DuckDB string is 16 bytes: its length, then up to 12 bytes inline, or a 4-byte prefix and a pointer to the rest.
    private void Strings(byte* data, ulong* validity, int count, ColumnFiller.Text filler)
    {
        for (var i = _position; i < _position + count; i++)
        {
            if (!IsValid(validity, i))
            {
                filler.Add(null);
                continue;
            }
            var value = data + i * 16;
            var length = *(int*)value;
            filler.Add(length <= 12 ? _shortStrings.Get(value, length) : Encoding.UTF8.GetString(*(byte**)(value + 8), length));
        }
    }

    // A time unit of DuckDB's and the counts of it since 1970 that DateTime holds, worked out once rather than per value.
    private readonly record struct TimeUnit(long Ticks)
    {
        public long Min { get; } = (DateTime.MinValue.Ticks - EpochTicks) / Ticks;

        public long Max { get; } = (DateTime.MaxValue.Ticks - EpochTicks) / Ticks;
    }

    private static readonly TimeUnit Days = new(TimeSpan.TicksPerDay);
    private static readonly TimeUnit Micros = new(10);

    // A value .NET's DateTime cannot hold (DuckDB's infinities, years beyond 1–9999) fails the read, as it does through
    // DuckDB.NET's reader: no silent stand-in value.
    private static DateTime Time(string column, long count, TimeUnit unit)
    {
        if (count < unit.Min || count > unit.Max)
            throw new InvalidOperationException(
                $"column '{column}' holds a date or timestamp outside what .NET's DateTime holds (years 1 to 9999, or infinity); cast or filter it in SQL");
        return new DateTime(EpochTicks + count * unit.Ticks);
    }

    // No validity mask means every row has a value.
    private static bool IsValid(ulong* validity, int row) => validity is null || (validity[row >> 6] & (1UL << (row & 63))) != 0;
}
