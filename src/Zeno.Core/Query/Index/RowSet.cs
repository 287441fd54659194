using Zeno.Core.Query.Filters;

namespace Zeno.Core.Query.Index;

/// <summary>
/// A predicate as the index evaluates it: sets of codes of charted columns, bitmaps DuckDB computed for the parts that
/// are not bin sets, joined by and/or/not. Filters are two-valued, so these set operations give exactly the rows the
/// compiled SQL keeps.
/// </summary>
internal abstract record RowSet
{
    /// <summary>Every row.</summary>
    public static RowSet Everything { get; } = new AllOf([]);

    /// <summary>The rows whose code in chart <paramref name="Chart"/>'s column is kept.</summary>
    /// <param name="Chart">The index of the column among the request's charts.</param>
    /// <param name="Keep">Per code (bins, then missing): whether its rows are in the set.</param>
    public sealed record Codes(int Chart, bool[] Keep) : RowSet;

    /// <summary>A part DuckDB evaluates once into a bitmap (text search, ids, other columns, values inside "other").</summary>
    public sealed record Queried(Predicate Predicate) : RowSet;

    /// <summary>A bitmap already computed (a <see cref="Queried"/> part after the query).</summary>
    public sealed record Bits(ulong[] Words) : RowSet;

    /// <summary>Rows in every part (every row for none).</summary>
    public sealed record AllOf(IReadOnlyList<RowSet> Parts) : RowSet;

    /// <summary>Rows in any part (no row for none).</summary>
    public sealed record AnyOf(IReadOnlyList<RowSet> Parts) : RowSet;

    /// <summary>Rows not in the inner set.</summary>
    public sealed record Except(RowSet Inner) : RowSet;

    /// <summary>Every <see cref="Queried"/> part, each once, to evaluate before <see cref="Bind"/>.</summary>
    public IEnumerable<Predicate> QueriedParts() => this switch
    {
        Queried q => [q.Predicate],
        AllOf a => a.Parts.SelectMany(p => p.QueriedParts()),
        AnyOf a => a.Parts.SelectMany(p => p.QueriedParts()),
        Except e => e.Inner.QueriedParts(),
        _ => [],
    };

    /// <summary>The same set with every <see cref="Queried"/> part replaced by its bitmap.</summary>
    public RowSet Bind(Func<Predicate, ulong[]> bitmap) => this switch
    {
        Queried q => new Bits(bitmap(q.Predicate)),
        AllOf a => new AllOf([.. a.Parts.Select(p => p.Bind(bitmap))]),
        AnyOf a => new AnyOf([.. a.Parts.Select(p => p.Bind(bitmap))]),
        Except e => new Except(e.Inner.Bind(bitmap)),
        _ => this,
    };
}
