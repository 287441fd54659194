using System.Globalization;
using System.Text.RegularExpressions;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Sql;
using Zeno.Tests.Support;
using Group = Zeno.Core.Query.Filters.Group;

namespace Zeno.Core.Tests.Query.Filters;

/// <summary>
/// The meaning of a predicate written as plain C# over rows, independently of the compiler: the reference the
/// compiled SQL is checked against. Missing values make every leaf false except the null tests. Two columns meet by
/// the rules <see cref="PredicateCompiler"/> documents, written out again here: same kind directly, text with a
/// number or a boolean as text, text with a date as a date where it is one.
/// </summary>
internal static class LinqOracle
{
    public static List<string> Select(SomeTable table, Predicate predicate) =>
        [.. Enumerable.Range(0, table.RowCount).Where(row => Holds(predicate, table, row)).Select(row => table.Ids[row]).Order(StringComparer.Ordinal)];

    public static bool Holds(Predicate predicate, SomeTable table, int row) => predicate switch
    {
        Group { Op: GroupOp.And } g => g.Children.All(c => Holds(c, table, row)),
        Group g => g.Children.Any(c => Holds(c, table, row)),
        Not n => !Holds(n.Inner, table, row),
        IsNull n => table[n.Column].Values[row] is null != n.Negated,
        IdSet s => s.Ids.Contains(table.Ids[row], StringComparer.Ordinal) != s.Negated,
        ColumnComparison c => Columns(c, table[c.Left], table[c.Right], row),
        _ => Leaf(predicate, table[Column(predicate)], row),
    };

    private static string Column(Predicate leaf) => leaf switch
    {
        Comparison c => c.Column,
        InList l => l.Column,
        TextMatch t => t.Column,
        _ => throw new ArgumentOutOfRangeException(nameof(leaf), leaf, null),
    };

    private static bool Leaf(Predicate leaf, SomeColumn column, int row)
    {
        var value = column.Values[row];
        if (value is null)
        {
            return false;
        }
        return leaf switch
        {
            Comparison c => Holds(c.Op, Compare(value, Literal(column, c.Value))),
            InList l => l.Values.Any(v => Compare(value, Literal(column, v)) == 0) != l.Negated,
            TextMatch t => Matches(t, (string)value) != t.Negated,
            _ => throw new ArgumentOutOfRangeException(nameof(leaf), leaf, null),
        };
    }

    private static bool Columns(ColumnComparison c, SomeColumn left, SomeColumn right, int row)
    {
        var (a, b) = (left.Values[row], right.Values[row]);
        if (a is null || b is null)
        {
            return false;
        }
        int? cmp = (left.Storage, right.Storage) switch
        {
            (StorageKind.Numeric, StorageKind.Numeric) => Compare(AsDouble(a), AsDouble(b)),
            (var l, var r) when l == r => Compare(a, b),
            (StorageKind.String, StorageKind.Timestamp) => ReadDate((string)a) is { } date ? Compare(date, b) : null,
            (StorageKind.Timestamp, StorageKind.String) => ReadDate((string)b) is { } date ? Compare(a, date) : null,
            (StorageKind.String, _) or (_, StorageKind.String) => Compare(AsText(a), AsText(b)),
            _ => throw new ArgumentOutOfRangeException(nameof(c), c, $"no oracle rule for {left.Storage} and {right.Storage}"),
        };
        return cmp is { } order && Holds(c.Op, order);
    }

    private static bool Holds(ComparisonOp op, int cmp) => op switch
    {
        ComparisonOp.Equal => cmp == 0,
        ComparisonOp.NotEqual => cmp != 0,
        ComparisonOp.Less => cmp < 0,
        ComparisonOp.LessOrEqual => cmp <= 0,
        ComparisonOp.Greater => cmp > 0,
        _ => cmp >= 0,
    };

    private static object AsDouble(object number) => number is long l ? (double)l : (double)number;

    // Numbers as the shortest text that reads back as the same double, whole ones without ".0"; DuckDB writes
    // 1e-05 and 1e+16 where .NET writes 1E-05 and 1E+16 (and .NET switches to exponents at 1e15, DuckDB at 1e16,
    // which matters only for fractions above 1e15: the test tables have none).
    private static string AsText(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e16 => d.ToString("F0", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture).Replace('E', 'e'),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    // yyyy-MM-dd, then optionally T or a space and HH:mm, then optionally :ss, a fraction and a zone; hours 00-23.
    private static readonly Regex IsoDate = new(
        @"^(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ](?<h>[01][0-9]|2[0-3]):(?<m>[0-5][0-9])(?::(?<s>[0-5][0-9])(?:\.(?<f>[0-9]+))?(?<zone>Z|(?<sign>[+-])(?<zh>[0-9]{2}):?(?<zm>[0-9]{2}))?)?)?\z",
        RegexOptions.CultureInvariant);

    // The text as a UTC date-time, to the microsecond (digits beyond are cut); null when it is not an ISO date.
    private static DateTime? ReadDate(string text)
    {
        var m = IsoDate.Match(text);
        if (!m.Success
            || !DateTime.TryParseExact(m.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }
        int Part(string name) => m.Groups[name].Success ? int.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var fraction = m.Groups["f"].Value.PadRight(6, '0')[..6];
        var time = date.AddHours(Part("h")).AddMinutes(Part("m")).AddSeconds(Part("s")).AddTicks(long.Parse(fraction, CultureInfo.InvariantCulture) * 10);
        var offset = new TimeSpan(Part("zh"), Part("zm"), 0);
        return m.Groups["sign"].Value == "-" ? time + offset : time - offset;
    }

    private static bool Matches(TextMatch t, string text)
    {
        if (!t.IsRegex && !t.WholeWord)
        {
            return t.CaseSensitive ? text.Contains(t.Pattern, StringComparison.Ordinal) : text.ToLowerInvariant().Contains(t.Pattern.ToLowerInvariant(), StringComparison.Ordinal);
        }
        var core = t.IsRegex ? t.Pattern : Regex.Escape(t.Pattern);
        var pattern = t.WholeWord ? $@"\b(?:{core})\b" : core;
        var options = RegexOptions.CultureInvariant | (t.CaseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
        return Regex.IsMatch(text, pattern, options);
    }

    // The literal as the column's .NET type, following the documented rules rather than the compiler's code.
    private static object Literal(SomeColumn column, FilterValue value) => (column.Storage, value) switch
    {
        (StorageKind.Numeric, FilterValue.Number n) => n.Value,
        (StorageKind.Numeric, FilterValue.Text t) => double.Parse(t.Value, CultureInfo.InvariantCulture),
        (StorageKind.String, FilterValue.Text t) => t.Value,
        (StorageKind.String, FilterValue.Number n) => n.Value.ToString(CultureInfo.InvariantCulture),
        (StorageKind.Boolean, FilterValue.Bool b) => b.Value,
        (StorageKind.Boolean, FilterValue.Text t) => bool.Parse(t.Value),
        (StorageKind.Timestamp, FilterValue.Date d) => d.Value,
        (StorageKind.Timestamp, FilterValue.Text t) => DateTime.Parse(t.Value, CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, $"no oracle rule for {column.Storage}"),
    };

    // DuckDB orders BIGINT against DOUBLE as doubles, VARCHAR by bytes (ordinal for ASCII), false before true.
    private static int Compare(object value, object literal) => value switch
    {
        double d => d.CompareTo((double)literal),
        long l => ((double)l).CompareTo((double)literal),
        string s => Math.Sign(string.CompareOrdinal(s, (string)literal)),
        bool b => b.CompareTo((bool)literal),
        DateTime t => t.CompareTo((DateTime)literal),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };
}
