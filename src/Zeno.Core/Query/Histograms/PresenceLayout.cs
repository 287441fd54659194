using Zeno.Core.Config;
using Zeno.Core.Query.Sql;

namespace Zeno.Core.Query.Histograms;

/// <summary>
/// No bars but "missing": free text (searched, not binned) and values filters cannot compare (embedding vectors).
/// Present rows fall in bucket 0, which is not shown.
/// </summary>
internal sealed class PresenceLayout(ColumnType chartType) : ColumnLayout
{
    public override ColumnType ChartType => chartType;

    // Bin 0: present.
    public override int BinCount => 1;

    public override IReadOnlyList<BucketShape> Buckets(string column) => [];

    public override string BinSql(string column, IColumnResolver resolver, SqlParameters parameters) =>
        UnlessMissing(column, resolver, "0");
}
