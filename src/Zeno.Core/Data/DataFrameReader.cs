using System.Data.Common;
using Microsoft.Data.Analysis;

namespace Zeno.Core.Data;

/// <summary>
/// Turns query results into the <see cref="DataFrame"/> batches user functions receive, with typed columns
/// (numbers as long/double, booleans, dates, everything else as strings) and nulls kept as nulls.
/// </summary>
public static class DataFrameReader
{
    /// <summary>Reads every row of <paramref name="reader"/>; the first <paramref name="skipColumns"/> result columns are not included.</summary>
    public static DataFrame Read(DbDataReader reader, int skipColumns = 0) =>
        ReadBatch(reader, int.MaxValue, skipColumns) ?? Empty(reader, skipColumns);

    /// <summary>
    /// Reads the next <paramref name="maxRows"/> rows (fewer at the end) as one frame, or null when the reader has no
    /// rows left: a partition streams into batches without ever holding (or copying) the whole partition.
    /// <paramref name="eachRow"/>, when given, sees every row before it is read (to check the skipped columns).
    /// </summary>
    public static DataFrame? ReadBatch(DbDataReader reader, int maxRows, int skipColumns = 0, Action<DbDataReader>? eachRow = null)
    {
        if (!reader.Read())
            return null;
        var columns = Columns(reader, skipColumns, maxRows);
        var rows = 0;
        do
        {
            eachRow?.Invoke(reader);
            foreach (var column in columns)
                column.Append(reader);
        }
        while (++rows < maxRows && reader.Read());
        return new DataFrame(columns.Select(column => column.Column));
    }

    private static DataFrame Empty(DbDataReader reader, int skipColumns) =>
        new(Columns(reader, skipColumns, 0).Select(column => column.Column));

    private static List<ColumnFiller> Columns(DbDataReader reader, int skipColumns, int capacity)
    {
        var columns = new List<ColumnFiller>();
        for (var i = skipColumns; i < reader.FieldCount; i++)
            columns.Add(ColumnFiller.For(reader.GetName(i), i, reader.GetFieldType(i), capacity));
        return columns;
    }

    /// <summary>A frame with only the given rows, in order (used to retry a failed batch row by row).</summary>
    public static DataFrame Rows(DataFrame frame, long start, long count)
    {
        var indices = new Int64DataFrameColumn("rows", Enumerable.Range(0, (int)count).Select(i => start + i));
        return new DataFrame(frame.Columns.Select(column => column.Clone(indices)));
    }
}
