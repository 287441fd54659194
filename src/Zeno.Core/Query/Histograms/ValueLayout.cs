using System.Text;
using Zeno.Core.Config;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Sql;

namespace Zeno.Core.Query.Histograms;

/// <summary>
/// A bar per value: a nominal column's most frequent values, the rest folded into "other" (<c>col not in [values]</c>),
/// or a boolean's true and false.
/// </summary>
internal sealed class ValueLayout(IReadOnlyList<FilterValue> values, ColumnType chartType) : ColumnLayout
{
    public IReadOnlyList<FilterValue> Values => values;

    public override ColumnType ChartType => chartType;

    // One bin per value, then "other".
    public override int BinCount => values.Count + 1;

    public override IReadOnlyList<BucketShape> Buckets(string column) =>
    [
        .. values.Select(value => new BucketShape(FilterText.AsText(value), BucketKind.Value, new Comparison(column, ComparisonOp.Equal, value))),
        new BucketShape("other", BucketKind.Other, new InList(column, values, negated: true), ShownWhenEmpty: false),
    ];

    // Each value's bucket by its own compiled filter, so "== value" means the same here as in a slice.
    public override string BinSql(string column, IColumnResolver resolver, SqlParameters parameters)
    {
        var sql = new StringBuilder($"CASE WHEN {resolver.Resolve(column).Expression} IS NULL THEN NULL");
        for (var i = 0; i < values.Count; i++)
            sql.Append($" WHEN {PredicateCompiler.Compile(new Comparison(column, ComparisonOp.Equal, values[i]), resolver, parameters)} THEN {i}");
        return sql.Append($" ELSE {values.Count} END").ToString();
    }
}
