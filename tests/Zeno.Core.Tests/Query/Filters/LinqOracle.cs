using System.Globalization;
using System.Text.RegularExpressions;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Sql;
using Zeno.Tests.Support;
using Group = Zeno.Core.Query.Filters.Group;

namespace Zeno.Core.Tests.Query.Filters;

/// <summary>
/// The meaning of a predicate written as plain C# over rows, independently of the compiler: the reference the
/// compiled SQL is checked against. Missing values make every leaf false except the null tests.
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
            Comparison c => Compare(value, Literal(column, c.Value)) is var cmp && c.Op switch
            {
                ComparisonOp.Equal => cmp == 0,
                ComparisonOp.NotEqual => cmp != 0,
                ComparisonOp.Less => cmp < 0,
                ComparisonOp.LessOrEqual => cmp <= 0,
                ComparisonOp.Greater => cmp > 0,
                _ => cmp >= 0,
            },
            InList l => l.Values.Any(v => Compare(value, Literal(column, v)) == 0) != l.Negated,
            TextMatch t => Matches(t, (string)value) != t.Negated,
            _ => throw new ArgumentOutOfRangeException(nameof(leaf), leaf, null),
        };
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
