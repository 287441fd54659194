using Zeno.Core.Errors;
using Zeno.Core.Query.Sql;

namespace Zeno.Core.Query.Filters;

/// <summary>
/// SQL for <see cref="ColumnComparison"/>: how two columns' storage kinds meet. Every rule treats the two sides the
/// same way whichever is on the left, so <c>a &lt; b</c> and <c>b &gt; a</c> select the same rows.
/// <list type="bullet">
/// <item>same kind: compared directly; numbers as DOUBLE (a BIGINT, a DECIMAL and a DOUBLE compare by value), text
/// by bytes, false before true, dates as timestamps (a DATE is its midnight);</item>
/// <item>number and text: as text. The number is written as its DOUBLE's shortest exact form, a whole number without
/// <c>.0</c> (see <see cref="NumberAsText"/>), so <c>label == count</c> holds for "1" and 1, not for "1.0" and 1;
/// ordering is by text too ("10" &lt; "9");</item>
/// <item>boolean and text: as text, "true" and "false" (case matters, as for any text);</item>
/// <item>date and text: as timestamps where the text is an ISO date (see <see cref="TextAsTimestamp"/>); any other
/// text makes the leaf false, whatever the operator;</item>
/// <item>any other pair (number and boolean, date and number, a list column...): an error naming both columns.</item>
/// </list>
/// A missing value on either side makes the leaf false (the compiler's <c>coalesce</c> wrapper).
/// </summary>
internal static class ColumnComparisonSql
{
    // ISO forms only, ASCII digits only (RE2's \d is ASCII, .NET's is not: [0-9] reads the same in both). DuckDB's
    // own cast is looser ("2024-1-5", leading blanks, "24:00:00", a trailing "UTC") and ignores offsets when casting
    // to TIMESTAMP, so the text must pass this first. DuckDB takes a zone only after the seconds, hence its place.
    private const string IsoTimestamp =
        @"[0-9]{4}-[0-9]{2}-[0-9]{2}([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?)?";

    private const string Zone = "(Z|[+-][0-9]{2}:?[0-9]{2})$";

    /// <summary>The comparison <c>left op right</c> (without the coalesce wrapper), or an error for a pair that does not compare.</summary>
    public static string Condition(ResolvedColumn left, string op, ResolvedColumn right)
    {
        var (l, r) = (left.Expression, right.Expression);
        return (left.Storage, right.Storage) switch
        {
            (StorageKind.Numeric, StorageKind.Numeric) => $"CAST({l} AS DOUBLE) {op} CAST({r} AS DOUBLE)",
            (StorageKind.String or StorageKind.Boolean or StorageKind.Timestamp, _) when left.Storage == right.Storage => $"{l} {op} {r}",
            (StorageKind.Numeric, StorageKind.String) => $"{NumberAsText(l)} {op} {r}",
            (StorageKind.String, StorageKind.Numeric) => $"{l} {op} {NumberAsText(r)}",
            (StorageKind.Boolean, StorageKind.String) => $"CAST({l} AS VARCHAR) {op} {r}",
            (StorageKind.String, StorageKind.Boolean) => $"{l} {op} CAST({r} AS VARCHAR)",
            (StorageKind.Timestamp, StorageKind.String) => $"{l} {op} {TextAsTimestamp(r)}",
            (StorageKind.String, StorageKind.Timestamp) => $"{TextAsTimestamp(l)} {op} {r}",
            _ => throw Mismatch(left, right),
        };
    }

    /// <summary>
    /// A number as text: its DOUBLE as DuckDB writes it (the shortest form that reads back as the same double:
    /// 0.5, 3.25, 1e-05, 1e+16), less the <c>.0</c> DuckDB puts on whole numbers, so 1 (BIGINT 1, DOUBLE 1.0, DECIMAL
    /// 1.00) is "1". The literal rule (<c>label == 1</c>, .NET's "R" form) writes the same text from 1e-4 up to 1e15;
    /// outside it the two differ only in how the exponent is spelled.
    /// </summary>
    public static string NumberAsText(string number) =>
        $@"regexp_replace(CAST(CAST({number} AS DOUBLE) AS VARCHAR), '\.0$', '')";

    /// <summary>
    /// Text read as a TIMESTAMP where it is one of the ISO forms <c>2024-01-31</c>, <c>2024-01-31 10:00</c>,
    /// <c>2024-01-31T10:00:00.5</c> (T or a space; fractions beyond microseconds are cut), the last optionally with
    /// <c>Z</c> or an offset (<c>+02:00</c>, <c>-0530</c>), converted to UTC as filter literals are; NULL otherwise,
    /// including impossible dates (<c>2024-02-30</c>). A zoned text goes through TIMESTAMPTZ and back by its epoch,
    /// which does not depend on the session's time zone (a plain cast back would).
    /// </summary>
    public static string TextAsTimestamp(string text) =>
        $"CASE WHEN NOT regexp_full_match({text}, '{IsoTimestamp}') THEN NULL "
        + $"WHEN regexp_matches({text}, '{Zone}') THEN make_timestamp(epoch_us(TRY_CAST({text} AS TIMESTAMPTZ))) "
        + $"ELSE TRY_CAST({text} AS TIMESTAMP) END";

    private static ZenoException Mismatch(ResolvedColumn left, ResolvedColumn right) =>
        new($"column '{left.Name}' ({left.Type}) holds {Holds(left)} and cannot be compared with column '{right.Name}' ({right.Type}), which holds {Holds(right)}")
        {
            Hint = "Two columns compare when they hold the same kind of values or one of them holds text; "
                + "otherwise test each column on its own, e.g. flag == true and score > 0.5.",
        };

    private static string Holds(ResolvedColumn column) => column.Storage switch
    {
        StorageKind.Numeric => "numbers",
        StorageKind.String => "text",
        StorageKind.Boolean => "true/false",
        StorageKind.Timestamp => "dates",
        _ => "values that filters cannot compare",
    };
}
