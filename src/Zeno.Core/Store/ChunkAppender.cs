using DuckDB.NET.Data;
using DuckDB.NET.Native;
using static DuckDB.NET.Native.NativeMethods;

namespace Zeno.Core.Store;

// Appends a computed column's (zeno_row, value) pairs a vector at a time through DuckDB's data-chunk appender: values
// are copied into DuckDB's own vectors, where DuckDB.NET's row appender makes several calls into DuckDB per value
// (about 100 ns each, more than a simple function costs to compute). DuckDB.NET exposes this C API publicly.
internal static unsafe class ChunkAppender
{
    /// <summary>Gives the value of row <paramref name="index"/>, or false when it has none (stored as NULL).</summary>
    public delegate bool ValueAt<T>(int index, out T value);

    /// <summary>Appends <paramref name="count"/> rows to <paramref name="table"/> (zeno_row BIGINT, value of <paramref name="valueType"/>).</summary>
    /// <typeparam name="T">The value's layout in a DuckDB vector: long for BIGINT, double for DOUBLE, bool for BOOLEAN.</typeparam>
    public static void Append<T>(DuckDBConnection connection, string table, IReadOnlyList<long> rows, int count, DuckDBType valueType, ValueAt<T> valueAt)
        where T : unmanaged
    {
        var created = Appender.DuckDBAppenderCreate(connection.NativeConnection, null!, table, out var appender);
        using (appender)
        {
            if (created != DuckDBState.Success)
                throw Failure(appender, table);
            using var rowType = LogicalType.DuckDBCreateLogicalType(DuckDBType.BigInt);
            using var valueLogicalType = LogicalType.DuckDBCreateLogicalType(valueType);
            using var chunk = DataChunks.DuckDBCreateDataChunk([rowType.DangerousGetHandle(), valueLogicalType.DangerousGetHandle()], 2);
            var vectorSize = (int)Helpers.DuckDBVectorSize();
            for (var start = 0; start < count; start += vectorSize)
            {
                var size = Math.Min(vectorSize, count - start);
                DataChunks.DuckDBDataChunkReset(chunk);
                var rowVector = DataChunks.DuckDBDataChunkGetVector(chunk, 0);
                var valueVector = DataChunks.DuckDBDataChunkGetVector(chunk, 1);
                var rowData = (long*)Vectors.DuckDBVectorGetData(rowVector);
                var valueData = (T*)Vectors.DuckDBVectorGetData(valueVector);
                Vectors.DuckDBVectorEnsureValidityWritable(valueVector);
                var validity = Vectors.DuckDBVectorGetValidity(valueVector);
                for (var i = 0; i < size; i++)
                {
                    rowData[i] = rows[start + i];
                    if (valueAt(start + i, out var value))
                        valueData[i] = value;
                    else
                        validity[i >> 6] &= ~(1UL << (i & 63));
                }
                DataChunks.DuckDBDataChunkSetSize(chunk, (ulong)size);
                if (Appender.DuckDBAppendDataChunk(appender, chunk) != DuckDBState.Success)
                    throw Failure(appender, table);
            }
            if (Appender.DuckDBAppenderClose(appender) != DuckDBState.Success)
                throw Failure(appender, table);
        }
    }

    private static InvalidOperationException Failure(DuckDB.NET.Native.DuckDBAppender appender, string table)
    {
        var message = "unknown error";
        if (!appender.IsInvalid)
            using (var error = Appender.DuckDBAppenderErrorData(appender))
                message = ErrorData.DuckDBErrorDataMessage(error);
        return new InvalidOperationException($"appending to {table} failed: {message}");
    }
}
