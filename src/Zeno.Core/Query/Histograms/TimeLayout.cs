using System.Globalization;
using Zeno.Core.Config;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Sql;

namespace Zeno.Core.Query.Histograms;

/// <summary>A datetime column cut at the calendar edges of a <see cref="DateBinSpec"/>.</summary>
internal sealed class TimeLayout(DateBinSpec spec) : ColumnLayout
{
    public DateBinSpec Spec => spec;

    public override ColumnType ChartType => ColumnType.Datetime;

    public override int BinCount => spec.Count;

    public override IReadOnlyList<BucketShape> Buckets(string column) =>
    [
        .. Enumerable.Range(0, spec.Count).Select(i =>
        {
            var (start, end) = (spec.Edges[i], spec.Edges[i + 1]);
            return new BucketShape(Label(start), BucketKind.Time, RangeFilter(column, i, spec.Count, new FilterValue.Date(start), new FilterValue.Date(end)))
            {
                Start = start,
                End = end,
            };
        }),
    ];

    public override string BinSql(string column, IColumnResolver resolver, SqlParameters parameters) =>
        UnlessMissing(column, resolver,
            EdgeSearch.Sql(spec.Count, i => LessThan(column, new FilterValue.Date(spec.Edges[i]), resolver, parameters)));

    // The start of the bin, to the precision of the unit.
    private string Label(DateTime start) => start.ToString(spec.Unit switch
    {
        DateUnit.Year => "yyyy",
        DateUnit.Month => "yyyy-MM",
        DateUnit.Week or DateUnit.Day => "yyyy-MM-dd",
        DateUnit.Hour or DateUnit.Minute => "yyyy-MM-dd HH:mm",
        _ => "yyyy-MM-dd HH:mm:ss",
    }, CultureInfo.InvariantCulture);
}
