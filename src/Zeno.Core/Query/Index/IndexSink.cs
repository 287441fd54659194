using System.Collections.Concurrent;
using DuckDB.NET.Data;
using DuckDB.NET.Data.DataChunk.Reader;

namespace Zeno.Core.Query.Index;

/// <summary>
/// Moves a value per row out of DuckDB into .NET arrays without a data reader: two scalar functions,
/// <c>zeno_index_codes(target, zeno_row, packed UBIGINT)</c> and <c>zeno_index_number(target, zeno_row, DOUBLE)</c>,
/// that DuckDB calls on whole vectors from its own threads, writing each row's value at its zeno_row. Reading 10M
/// rows through a data reader costs a call per value; here DuckDB scans, bins and delivers in parallel. Targets are
/// looked up by a number bound as a parameter, so the functions capture nothing and one registration serves all.
/// </summary>
internal static class IndexSink
{
    private static readonly ConcurrentDictionary<long, Target> Targets = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DuckDBConnection, object> Registered = new();
    private static long _next;

    /// <summary>Where the rows of one query go.</summary>
    public abstract class Target
    {
        private long _rows;
        private int _outside;

        /// <summary>Rows delivered so far.</summary>
        public long Rows => Interlocked.Read(ref _rows);

        /// <summary>Whether a zeno_row fell outside the arrays (the view is not what the index assumed).</summary>
        public bool Outside => Volatile.Read(ref _outside) != 0;

        internal void Deliver(IDuckDBDataReader rows, IDuckDBDataReader values, ulong count)
        {
            var capacity = Capacity;
            for (ulong i = 0; i < count; i++)
            {
                var row = rows.GetValue<long>(i);
                if (row < 0 || row >= capacity)
                {
                    Volatile.Write(ref _outside, 1);
                    continue;
                }
                Write(row, values, i);
            }
            Interlocked.Add(ref _rows, (long)count);
        }

        /// <summary>The rows the arrays hold.</summary>
        public abstract long Capacity { get; }

        /// <summary>Stores value <paramref name="index"/> of the vector at <paramref name="row"/>.</summary>
        protected abstract void Write(long row, IDuckDBDataReader values, ulong index);
    }

    /// <summary>Up to 8 byte-code or 4 short-code columns packed into one UBIGINT per row, lowest first.</summary>
    public sealed class Codes(long rows, IReadOnlyList<(byte[]? Bytes, ushort[]? Shorts)> columns) : Target
    {
        public override long Capacity => rows;

        protected override void Write(long row, IDuckDBDataReader values, ulong index)
        {
            var packed = values.GetValue<ulong>(index);
            foreach (var (bytes, shorts) in columns)
            {
                if (bytes is not null)
                {
                    bytes[row] = (byte)packed;
                    packed >>= 8;
                }
                else
                {
                    shorts![row] = (ushort)packed;
                    packed >>= 16;
                }
            }
        }
    }

    /// <summary>A DOUBLE per row.</summary>
    public sealed class Numbers(long rows, double[] into) : Target
    {
        public override long Capacity => rows;

        protected override void Write(long row, IDuckDBDataReader values, ulong index) => into[row] = values.GetValue<double>(index);
    }

    /// <summary>Registers the functions on a connection, once (DuckDB keeps them with it).</summary>
    public static void Register(DuckDBConnection connection)
    {
        if (Registered.TryGetValue(connection, out _))
            return;
        Registered.AddOrUpdate(connection, Registered);
        var options = new ScalarFunctionOptions { IsPureFunction = false };
        connection.RegisterScalarFunction<long, long, ulong, bool>("zeno_index_codes", Forward, options);
        connection.RegisterScalarFunction<long, long, double, bool>("zeno_index_number", Forward, options);
    }

    /// <summary>Makes <paramref name="target"/> reachable by the number the query binds; dispose to forget it.</summary>
    public static Registration Add(Target target)
    {
        var id = Interlocked.Increment(ref _next);
        Targets[id] = target;
        return new Registration(id);
    }

    private static void Forward(IReadOnlyList<IDuckDBDataReader> readers, DuckDB.NET.Data.DataChunk.Writer.IDuckDBDataWriter writer, ulong count)
    {
        if (count > 0 && Targets.TryGetValue(readers[0].GetValue<long>(0), out var target))
            target.Deliver(readers[1], readers[2], count);
        for (ulong i = 0; i < count; i++)
            writer.WriteValue(true, i);
    }

    /// <summary>A target's number while its query runs.</summary>
    public readonly record struct Registration(long Id) : IDisposable
    {
        public void Dispose() => Targets.TryRemove(Id, out _);
    }
}
