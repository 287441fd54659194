using System.Globalization;
using Zeno.Core.Config;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Sql;

namespace Zeno.Core.Query.Histograms;

/// <summary>A continuous column cut at the nice edges of a <see cref="BinSpec"/>.</summary>
internal sealed class RangeLayout(BinSpec spec) : ColumnLayout
{
    public BinSpec Spec => spec;

    public override ColumnType ChartType => ColumnType.Continuous;

    public override int BinCount => spec.Count;

    public override IReadOnlyList<BucketShape> Buckets(string column) =>
    [
        .. Enumerable.Range(0, spec.Count).Select(i =>
        {
            var (low, high) = (spec.Edges[i], spec.Edges[i + 1]);
            var label = $"[{Text(low)}, {Text(high)}{(i == spec.Count - 1 ? "]" : ")")}";
            return new BucketShape(label, BucketKind.Range, RangeFilter(column, i, spec.Count, new FilterValue.Number(low), new FilterValue.Number(high)))
            {
                Low = low,
                High = high,
            };
        }),
    ];

    public override string BinSql(string column, IColumnResolver resolver, SqlParameters parameters) =>
        UnlessMissing(column, resolver,
            EdgeSearch.Sql(spec.Count, i => LessThan(column, new FilterValue.Number(spec.Edges[i]), resolver, parameters)));

    // The shortest text that reads back as the same double, as filters write numbers: nice edges print as "0.3".
    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
