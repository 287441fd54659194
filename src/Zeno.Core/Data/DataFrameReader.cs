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
    public static DataFrame Read(DbDataReader reader, int skipColumns = 0)
    {
        var columns = new List<DataFrameColumn>();
        var fields = new List<int>();
        for (var i = skipColumns; i < reader.FieldCount; i++)
        {
            columns.Add(Create(reader.GetName(i), reader.GetFieldType(i)));
            fields.Add(i);
        }
        while (reader.Read())
            for (var c = 0; c < fields.Count; c++)
                Append(columns[c], reader.IsDBNull(fields[c]) ? null : reader.GetValue(fields[c]));
        return new DataFrame(columns);
    }

    private static DataFrameColumn Create(string name, Type type)
    {
        if (type == typeof(bool))
            return new BooleanDataFrameColumn(name);
        if (type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(sbyte) || type == typeof(byte)
            || type == typeof(ushort) || type == typeof(uint))
            return new Int64DataFrameColumn(name);
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal) || type == typeof(ulong) || type == typeof(System.Numerics.BigInteger))
            return new DoubleDataFrameColumn(name);
        if (type == typeof(DateTime) || type == typeof(DateOnly) || type == typeof(DateTimeOffset))
            return new DateTimeDataFrameColumn(name);
        return new StringDataFrameColumn(name);
    }

    private static void Append(DataFrameColumn column, object? value)
    {
        switch (column)
        {
            case BooleanDataFrameColumn booleans:
                booleans.Append(value is null ? null : (bool)value);
                break;
            case Int64DataFrameColumn longs:
                longs.Append(value is null ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case DoubleDataFrameColumn doubles:
                doubles.Append(value is null ? null : Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case DateTimeDataFrameColumn dates:
                dates.Append(value switch
                {
                    null => null,
                    DateOnly date => date.ToDateTime(TimeOnly.MinValue),
                    DateTimeOffset offset => offset.UtcDateTime,
                    _ => (DateTime)value,
                });
                break;
            case StringDataFrameColumn strings:
                strings.Append(value switch
                {
                    null => null,
                    string text => text,
                    IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                    _ => value.ToString(),
                });
                break;
        }
    }

    /// <summary>A frame with only the given rows, in order (used to retry a failed batch row by row).</summary>
    public static DataFrame Rows(DataFrame frame, long start, long count)
    {
        var mask = new BooleanDataFrameColumn("mask", frame.Rows.Count);
        for (long i = 0; i < frame.Rows.Count; i++)
            mask[i] = i >= start && i < start + count;
        return frame.Filter(mask);
    }
}
