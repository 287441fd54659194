namespace Zeno.Core.Query.Filters;

/// <summary>
/// A literal in a filter: a number, a string, true/false or a date. A closed set (the constructor is private), so
/// the compiler and the formatter can switch over it exhaustively. Missing values are not a <see cref="FilterValue"/>:
/// <c>col == null</c> is its own node, <see cref="IsNull"/>. Nor are columns: <c>a == b</c> is a <see cref="ColumnComparison"/>.
/// </summary>
public abstract record FilterValue
{
    private FilterValue() { }

    /// <summary>The literal as the filter language writes it (<c>3.5</c>, <c>"text"</c>, <c>true</c>, <c>2024-01-31</c>).</summary>
    public sealed override string ToString() => FilterText.Literal(this);

    /// <summary>A number. Doubles, because columns are compared as DOUBLE; NaN and infinities have no literal and are refused.</summary>
    public sealed record Number : FilterValue
    {
        /// <summary>Creates a number literal.</summary>
        public Number(double value) =>
            Value = double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), "A filter number must be finite.");

        /// <summary>The number.</summary>
        public double Value { get; }
    }

    /// <summary>A string (double-quoted in the language).</summary>
    public sealed record Text(string Value) : FilterValue;

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public sealed record Bool(bool Value) : FilterValue;

    /// <summary>
    /// A date or date-time, written unquoted in ISO form. Times with a zone are converted to UTC when parsed, and the
    /// value is kept without a zone, as DuckDB's TIMESTAMP keeps it.
    /// </summary>
    public sealed record Date : FilterValue
    {
        /// <summary>Creates a date literal; the <see cref="DateTimeKind"/> is dropped (see the type's summary).</summary>
        public Date(DateTime value) => Value = DateTime.SpecifyKind(value, DateTimeKind.Unspecified);

        /// <summary>The date and time, without a zone.</summary>
        public DateTime Value { get; }
    }
}
