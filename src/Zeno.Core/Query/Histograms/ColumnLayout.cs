using Zeno.Core.Config;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Sql;

namespace Zeno.Core.Query.Histograms;

/// <summary>
/// How one column is cut into buckets, fixed over every instance of the view (so charts do not jump while filtering):
/// the buckets, and the SQL that puts a row in one. The SQL gives bucket i for the rows of <see cref="BucketShape.Filter"/>
/// i and NULL where the column is missing, and it is built from the same compiled leaves as those filters, so a bar's
/// count is exactly the size of the slice its click selects.
/// </summary>
internal abstract class ColumnLayout
{
    /// <summary>How the column is charted.</summary>
    public abstract ColumnType ChartType { get; }

    /// <summary>How many values <see cref="BinSql"/> gives a present value: bins 0 to BinCount − 1.</summary>
    public abstract int BinCount { get; }

    /// <summary>The buckets by index, without "missing".</summary>
    public abstract IReadOnlyList<BucketShape> Buckets(string column);

    /// <summary>The label of the bucket of rows where the column is missing.</summary>
    public const string MissingLabel = "missing";

    /// <summary>
    /// The bars a chart shows, in display order, as codes (bins 0 to <see cref="BinCount"/> − 1, then BinCount for
    /// "missing"): every bin with rows in the view or <see cref="BucketShape.ShownWhenEmpty"/>, then "missing" when it has rows.
    /// </summary>
    public IEnumerable<int> ShownCodes(IReadOnlyList<BucketShape> buckets, Func<int, long> totalOf)
    {
        for (var bin = 0; bin < buckets.Count; bin++)
        {
            if (totalOf(bin) > 0 || buckets[bin].ShownWhenEmpty)
                yield return bin;
        }
        if (totalOf(BinCount) > 0)
            yield return BinCount;
    }

    /// <summary>The bucket index of a row (NULL where the column is missing), reading the column through <paramref name="resolver"/>.</summary>
    public abstract string BinSql(string column, IColumnResolver resolver, SqlParameters parameters);

    /// <summary>"value &lt; edge" as the filter compiler writes it, so the bins and the range filters compare alike.</summary>
    protected static string LessThan(string column, FilterValue edge, IColumnResolver resolver, SqlParameters parameters) =>
        PredicateCompiler.Compile(new Comparison(column, ComparisonOp.Less, edge), resolver, parameters);

    /// <summary>NULL for a missing value, otherwise <paramref name="bin"/>.</summary>
    protected static string UnlessMissing(string column, IColumnResolver resolver, string bin) =>
        $"CASE WHEN {resolver.Resolve(column).Expression} IS NULL THEN NULL ELSE {bin} END";

    /// <summary>
    /// The filter of range bin <paramref name="bin"/> of <paramref name="count"/>. The outer bins are open-ended, so
    /// the bins cover every present value (NaN and infinities, which the edges leave out, included), as the bin SQL does.
    /// </summary>
    protected static Predicate RangeFilter(string column, int bin, int count, FilterValue low, FilterValue high)
    {
        if (count == 1)
            return new IsNull(column, Negated: true);
        if (bin == 0)
            return new Comparison(column, ComparisonOp.Less, high);
        var atLeast = new Comparison(column, ComparisonOp.GreaterOrEqual, low);
        return bin == count - 1 ? atLeast : Group.And(atLeast, new Comparison(column, ComparisonOp.Less, high));
    }
}

/// <summary>A bucket before counting.</summary>
/// <param name="Label">Its label.</param>
/// <param name="Kind">What it holds.</param>
/// <param name="Filter">Its rows as a filter.</param>
/// <param name="ShownWhenEmpty">Whether a bucket with no rows in the whole view is still a bar (a bin is; "other" is not).</param>
internal sealed record BucketShape(string Label, BucketKind Kind, Predicate Filter, bool ShownWhenEmpty = true)
{
    public double? Low { get; init; }

    public double? High { get; init; }

    public DateTime? Start { get; init; }

    public DateTime? End { get; init; }
}
