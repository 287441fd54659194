using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Analysis;

namespace Zeno.Core.Data;

// Appends one result column to a typed DataFrame column. The common DuckDB types are read through their typed
// getters, so a million-row partition costs no boxing; rarer types go through GetValue and a conversion.
internal abstract class ColumnFiller(int field)
{
    protected int Field { get; } = field;

    public abstract DataFrameColumn Column { get; }

    public abstract void Append(DbDataReader reader);

    public static ColumnFiller For(string name, int field, Type type)
    {
        if (type == typeof(bool))
            return new Filler<BooleanDataFrameColumn>(new(name), field, (r, i, c) => c.Append(r.GetBoolean(i)));
        if (type == typeof(long))
            return new Filler<Int64DataFrameColumn>(new(name), field, (r, i, c) => c.Append(r.GetInt64(i)));
        if (type == typeof(int))
            return new Filler<Int64DataFrameColumn>(new(name), field, (r, i, c) => c.Append(r.GetInt32(i)));
        if (type == typeof(short) || type == typeof(sbyte) || type == typeof(byte) || type == typeof(ushort) || type == typeof(uint))
            return new Filler<Int64DataFrameColumn>(new(name), field, (r, i, c) => c.Append(Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture)));
        if (type == typeof(double))
            return new Filler<DoubleDataFrameColumn>(new(name), field, (r, i, c) => c.Append(r.GetDouble(i)));
        if (type == typeof(float) || type == typeof(decimal) || type == typeof(ulong) || type == typeof(System.Numerics.BigInteger))
            return new Filler<DoubleDataFrameColumn>(new(name), field, (r, i, c) => c.Append(Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture)));
        if (type == typeof(DateTime))
            return new Filler<DateTimeDataFrameColumn>(new(name), field, (r, i, c) => c.Append(r.GetDateTime(i)));
        if (type == typeof(DateOnly) || type == typeof(DateTimeOffset))
            return new Filler<DateTimeDataFrameColumn>(new(name), field, (r, i, c) => c.Append(ToDateTime(r.GetValue(i))));
        if (type == typeof(string))
            return new Filler<StringDataFrameColumn>(new(name), field, (r, i, c) => c.Append(r.GetString(i)));
        return new Filler<StringDataFrameColumn>(new(name), field, (r, i, c) => c.Append(ToText(r.GetValue(i))));
    }

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

    private sealed class Filler<TColumn>(TColumn column, int field, Action<DbDataReader, int, TColumn> appendValue)
        : ColumnFiller(field) where TColumn : DataFrameColumn
    {
        public override DataFrameColumn Column => column;

        public override void Append(DbDataReader reader)
        {
            if (reader.IsDBNull(Field))
                AppendNull(column);
            else
                appendValue(reader, Field, column);
        }

        private static void AppendNull(TColumn column)
        {
            switch (column)
            {
                case BooleanDataFrameColumn booleans: booleans.Append(null); break;
                case Int64DataFrameColumn longs: longs.Append(null); break;
                case DoubleDataFrameColumn doubles: doubles.Append(null); break;
                case DateTimeDataFrameColumn dates: dates.Append(null); break;
                case StringDataFrameColumn strings: strings.Append(null); break;
            }
        }
    }
}
