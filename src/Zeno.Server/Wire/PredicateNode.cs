using System.Globalization;
using System.Text.Json;
using Zeno.Core.Query.Filters;

namespace Zeno.Server.Wire;

/// <summary>
/// The predicate tree on the wire, for the UI's slice builder. <c>kind</c> is one of comparison, columnComparison, in,
/// match, isNull, and, or, not, ids. Values are JSON strings, numbers and booleans; a date is <c>{"date": "ISO"}</c>.
/// </summary>
public sealed record PredicateNode
{
    /// <summary>The node kind.</summary>
    public required string Kind { get; init; }
    /// <summary>The column of a leaf (the left one of a column comparison).</summary>
    public string? Column { get; init; }
    /// <summary>== != &lt; &lt;= &gt; &gt;= for comparisons.</summary>
    public string? Op { get; init; }
    /// <summary>The value of a comparison.</summary>
    public JsonElement? Value { get; init; }
    /// <summary>The right column of a column comparison.</summary>
    public string? Right { get; init; }
    /// <summary>The values of an in-list.</summary>
    public IReadOnlyList<JsonElement>? Values { get; init; }
    /// <summary>The text or regular expression of a match.</summary>
    public string? Pattern { get; init; }
    /// <summary>Whether the pattern is a regular expression.</summary>
    public bool Regex { get; init; }
    /// <summary>Whether the match respects case.</summary>
    public bool CaseSensitive { get; init; }
    /// <summary>Whether the match must be a whole word.</summary>
    public bool WholeWord { get; init; }
    /// <summary>Negates in, match, isNull and ids nodes.</summary>
    public bool Negated { get; init; }
    /// <summary>The children of and/or, or the single child of not.</summary>
    public IReadOnlyList<PredicateNode>? Children { get; init; }
    /// <summary>The instance ids of an id set.</summary>
    public IReadOnlyList<string>? Ids { get; init; }

    private static readonly string[] Ops = ["==", "!=", "<", "<=", ">", ">="];

    /// <summary>The wire form of a tree.</summary>
    public static PredicateNode From(Predicate predicate) => predicate switch
    {
        Comparison c => new() { Kind = "comparison", Column = c.Column, Op = Ops[(int)c.Op], Value = ToJson(c.Value) },
        ColumnComparison c => new() { Kind = "columnComparison", Column = c.Left, Op = Ops[(int)c.Op], Right = c.Right },
        InList list => new() { Kind = "in", Column = list.Column, Values = list.Values.Select(ToJson).ToList(), Negated = list.Negated },
        TextMatch m => new() { Kind = "match", Column = m.Column, Pattern = m.Pattern, Regex = m.IsRegex, CaseSensitive = m.CaseSensitive, WholeWord = m.WholeWord, Negated = m.Negated },
        IsNull n => new() { Kind = "isNull", Column = n.Column, Negated = n.Negated },
        Group g => new() { Kind = g.Op == GroupOp.And ? "and" : "or", Children = g.Children.Select(From).ToList() },
        Not n => new() { Kind = "not", Children = [From(n.Inner)] },
        IdSet ids => new() { Kind = "ids", Ids = ids.Ids, Negated = ids.Negated },
        _ => throw new ArgumentOutOfRangeException(nameof(predicate), predicate.GetType().Name, "unknown predicate node"),
    };

    /// <summary>The tree of this wire form; a malformed node is a <see cref="WireException"/> naming what is wrong.</summary>
    public Predicate ToPredicate() => Kind switch
    {
        "comparison" => new Comparison(Need(Column, "column"), OpOf(), FromJson(Value ?? throw Missing("value"))),
        "columnComparison" => new ColumnComparison(Need(Column, "column"), OpOf(), Need(Right, "right")),
        "in" => new InList(Need(Column, "column"), (Values ?? throw Missing("values")).Select(FromJson), Negated),
        "match" => new TextMatch(Need(Column, "column"), Need(Pattern, "pattern"), Regex, CaseSensitive, WholeWord, Negated),
        "isNull" => new IsNull(Need(Column, "column"), Negated),
        "and" or "or" => new Group(Kind == "and" ? GroupOp.And : GroupOp.Or, (Children ?? []).Select(child => child.ToPredicate())),
        "not" => new Not((Children is [var only] ? only : throw new WireException("a 'not' node needs exactly one child")).ToPredicate()),
        "ids" => new IdSet(Ids ?? throw Missing("ids"), Negated),
        _ => throw new WireException($"unknown predicate kind '{Kind}'; expected comparison, columnComparison, in, match, isNull, and, or, not or ids"),
    };

    private ComparisonOp OpOf() =>
        Array.IndexOf(Ops, Op) is var index and >= 0 ? (ComparisonOp)index
            : throw new WireException($"unknown operator '{Op}' in a {Kind} node; expected one of {string.Join(" ", Ops)}");

    private string Need(string? value, string field) => string.IsNullOrEmpty(value) ? throw Missing(field) : value;

    private WireException Missing(string field) => new($"a '{Kind}' node needs '{field}'");

    private static JsonElement ToJson(FilterValue value) => value switch
    {
        FilterValue.Number n => JsonSerializer.SerializeToElement(n.Value),
        FilterValue.Text t => JsonSerializer.SerializeToElement(t.Value),
        FilterValue.Bool b => JsonSerializer.SerializeToElement(b.Value),
        FilterValue.Date d => JsonSerializer.SerializeToElement(new { date = d.Value.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) }),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    private static FilterValue FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => new FilterValue.Text(element.GetString()!),
        JsonValueKind.Number when element.TryGetDouble(out var number) && double.IsFinite(number) => new FilterValue.Number(number),
        JsonValueKind.True => new FilterValue.Bool(true),
        JsonValueKind.False => new FilterValue.Bool(false),
        JsonValueKind.Object when element.TryGetProperty("date", out var date) && date.ValueKind == JsonValueKind.String
            && DateTime.TryParse(date.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)
            => new FilterValue.Date(parsed),
        _ => throw new WireException($"a filter value must be a string, a finite number, true/false or {{\"date\": \"ISO date\"}}, not {element.GetRawText()}"),
    };
}
