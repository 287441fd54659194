using DuckDB.NET.Data;
using Zeno.Core.Config;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Index;
using Zeno.Core.Query.Metrics;
using Zeno.Core.Query.Sql;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Histograms;

/// <summary>
/// The metadata panel's histograms: for each requested column its buckets (nice bins, time bins, top values and
/// "other", true/false, and "missing"), each with its filter, its count over the whole view and its count under the
/// filter and every selection clause not from its own chart, and optionally the metric of those rows.
/// </summary>
/// <remarks>
/// Columns resolve through the chosen model's view, so "output" and per-model columns are that model's; unknown names
/// throw <see cref="UnknownColumnException"/>. Computed columns are typed by profiling them as data columns are
/// (once per data and manifest version). Layouts (edges, top values) are measured once per column and version over
/// every instance and cached. Queries per request: one for all counts of all charts, plus one per bucket for a metric,
/// plus, the first time a column is seen, one to lay it out (and one to type it if it is computed).
/// <para>The same answers come faster from the binned index (<see cref="IndexedHistograms"/>): a code per row and
/// column, built once from these layouts' own bin SQL, counted in one vectorised pass, with decomposable metrics from
/// per-row statistics. It answers whenever it can; SQL answers the rest (and the metrics the index does not keep).</para>
/// </remarks>
public sealed partial class HistogramEngine
{
    private readonly EvaluationContext _context;
    private readonly HistogramCache _cache;
    private readonly QueryPath _path;
    private readonly IndexCache _index;

    /// <summary>An engine over an evaluation context, sharing the process-wide layout cache and index.</summary>
    public HistogramEngine(EvaluationContext context)
        : this(context, HistogramCache.Shared)
    {
    }

    internal HistogramEngine(EvaluationContext context, HistogramCache cache, QueryPath path = QueryPath.Auto, IndexCache? index = null) =>
        (_context, _cache, _path, _index) = (context, cache, path, index ?? IndexCache.Shared);

    /// <summary>Every column of the view of <paramref name="model"/> and <paramref name="transform"/>, with the type it is charted by.</summary>
    public IReadOnlyList<ChartColumn> Columns(string? model, string? transform = null)
    {
        var view = _context.View(model, transform);
        using var connection = new LazyConnection(_context);
        return [.. view.Columns.Select(column =>
            new ChartColumn(column.Name, ChartTypes.TypeOf(_context, view, column, model, transform, _cache, connection.Get), column.Origin))];
    }

    /// <summary>Computes the histograms of a request.</summary>
    public HistogramResponse Compute(HistogramRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.TopValues, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Bins, 1);
        var view = _context.View(request.Model, request.Transform);
        var resolver = new ViewColumnResolver(view, _context.Instances);
        var crossFilter = new CrossFilter(request.Filter, request.Selections);
        using var connection = new LazyConnection(_context);
        var charts = Charts(request, request.Columns, view, resolver, crossFilter, connection);

        var conditions = crossFilter.Conditions;
        var indexed = _path == QueryPath.Sql ? null
            : new IndexedHistograms(_context, _index).TryCount(view, resolver, charts, request, conditions.Count, crossFilter.All, connection.Get);
        if (indexed is null && _path == QueryPath.Index)
            throw new InvalidOperationException("the binned index declined a request it was required to answer");
        var tallies = indexed?.Tallies ?? HistogramSql.Count(connection.Get(), view, resolver, charts, conditions);
        var metric = request.Metric;
        // The bucket's metric from the index's statistics when it keeps them; otherwise, below, from SQL.
        Func<int, int, long, double?>? metricOf = metric is not null && indexed?.Stats is not null
            ? (chart, code, filtered) => MetricMath.Compute(metric, indexed.StatisticsOf(chart, code, filtered)!)
            : null;
        var histograms = charts.Select((chart, i) => Histogram(chart, tallies, i, metricOf)).ToList();
        var selected = tallies.Filtered[crossFilter.All];
        double? selectionMetric = null;
        if (metric is not null && metricOf is not null)
            selectionMetric = MetricMath.Compute(metric, indexed!.Selection!.Of(indexed.Kind!.Value, 0, selected));
        else if (metric is not null)
        {
            using var evaluator = new MetricEvaluator(_context);
            histograms = [.. histograms.Select(histogram => WithMetric(histogram, crossFilter, request, metric, evaluator))];
            var filter = CrossFilter.Combine(crossFilter.Parts(null));
            selectionMetric = evaluator.Value(SliceQuery.Create(_context, filter, request.Model, request.Transform), filter, request.Model, request.Transform, metric, selected);
        }
        return new HistogramResponse(tallies.Total, selected, histograms) { Metric = selectionMetric };
    }

    // Each column's layout, measured once per version and cached, and the condition its filtered counts obey.
    private List<ChartPlan> Charts(HistogramRequest request, IEnumerable<string> columns, InstanceView view, ViewColumnResolver resolver, CrossFilter crossFilter,
        LazyConnection connection) =>
    [
        .. columns.Distinct(StringComparer.Ordinal).Select(name => ChartPlanner.Plan(_context, _cache, view, resolver, name,
            (request.Model, request.Transform), (request.TopValues, request.Bins), crossFilter.Index(name), connection.Get)),
    ];

    private static ColumnHistogram Histogram(ChartPlan chart, Tallies tallies, int index, Func<int, int, long, double?>? metricOf)
    {
        var shapes = chart.Layout.Buckets(chart.Column);
        (long Total, long Filtered) Counts(int code) => code == chart.Layout.BinCount ? tallies.Missing[index] : tallies.Buckets[index].GetValueOrDefault(code);
        var buckets = chart.Layout.ShownCodes(shapes, code => Counts(code).Total).Select(code =>
        {
            var (total, filtered) = Counts(code);
            var metric = metricOf?.Invoke(index, code, filtered);
            if (code == chart.Layout.BinCount)
                return new HistogramBucket(ColumnLayout.MissingLabel, BucketKind.Missing, new IsNull(chart.Column), total, filtered) { Metric = metric };
            var shape = shapes[code];
            return new HistogramBucket(shape.Label, shape.Kind, shape.Filter, total, filtered)
            {
                Low = shape.Low, High = shape.High, Start = shape.Start, End = shape.End, Metric = metric,
            };
        }).ToList();
        var time = (chart.Layout as TimeLayout)?.Spec;
        return new ColumnHistogram(chart.Column, chart.Layout.ChartType, tallies.Total, tallies.Filtered[chart.Condition], buckets)
        {
            Unit = time?.Unit,
            UnitStep = time?.Step,
        };
    }

    // One metric query per bucket, on the rows the bucket's bar counts: correct for every metric, built-in or not.
    private ColumnHistogram WithMetric(ColumnHistogram histogram, CrossFilter crossFilter, HistogramRequest request, MetricConfig metric,
        MetricEvaluator evaluator) =>
        histogram with
        {
            Buckets = [.. histogram.Buckets.Select(bucket =>
            {
                var filter = CrossFilter.Combine(crossFilter.Parts(histogram.Column).Append(bucket.Filter));
                var slice = SliceQuery.Create(_context, filter, request.Model, request.Transform);
                return bucket with { Metric = evaluator.Value(slice, filter, request.Model, request.Transform, metric, bucket.Filtered) };
            })],
        };

    // Opened on first use, so that listing columns whose types are cached opens no connection.
    private sealed class LazyConnection(EvaluationContext context) : IDisposable
    {
        private DuckDBConnection? _connection;

        public DuckDBConnection Get() => _connection ??= context.Store.OpenReader();

        public void Dispose() => _connection?.Dispose();
    }
}
