using Zeno.Core.Query.Filters;

namespace Zeno.Core.Query.Histograms;

/// <summary>
/// Which rows each chart counts: the base filter and every selection clause except the chart's own (Mosaic's
/// cross-filtering: brushing a chart does not empty that chart). Charts without a clause of their own share one
/// condition, so a request has at most one condition per clause source, plus the one with every clause.
/// </summary>
internal sealed class CrossFilter
{
    private readonly Predicate? _filter;
    private readonly IReadOnlyList<SelectionClause> _clauses;
    // A chart with a clause of its own is keyed by its column; every other chart by null (no clause left out).
    private readonly List<string?> _keys = [];

    public CrossFilter(Predicate? filter, IReadOnlyList<SelectionClause> clauses)
    {
        _filter = filter;
        _clauses = clauses;
        All = Index(null);
    }

    /// <summary>The condition with every clause: the selection itself.</summary>
    public int All { get; }

    /// <summary>The distinct conditions, by index: the filters to count under (null: every row).</summary>
    public IReadOnlyList<Predicate?> Conditions => [.. _keys.Select(key => Combine(Parts(key)))];

    /// <summary>The index of the condition that counts the chart of <paramref name="column"/>.</summary>
    public int Index(string? column)
    {
        var key = _clauses.Any(clause => clause.Source == column) ? column : null;
        var index = _keys.IndexOf(key);
        if (index >= 0)
            return index;
        _keys.Add(key);
        return _keys.Count - 1;
    }

    /// <summary>The base filter and the clauses that filter the chart of <paramref name="column"/>.</summary>
    public IEnumerable<Predicate> Parts(string? column) =>
        new[] { _filter }.Concat(_clauses.Where(clause => clause.Source != column).Select(clause => clause.Predicate)).OfType<Predicate>();

    /// <summary>All of <paramref name="parts"/>: null for none, the predicate itself for one.</summary>
    public static Predicate? Combine(IEnumerable<Predicate> parts) => parts.ToList() switch
    {
        [] => null,
        [var one] => one,
        var many => new Group(GroupOp.And, many),
    };
}
