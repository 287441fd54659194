using System.Globalization;
using DuckDB.NET.Data;
using Zeno.Core.Config;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
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
/// </remarks>
public sealed class HistogramEngine
{
    private readonly EvaluationContext _context;
    private readonly HistogramCache _cache;

    /// <summary>An engine over an evaluation context, sharing the process-wide layout cache.</summary>
    public HistogramEngine(EvaluationContext context)
        : this(context, HistogramCache.Shared)
    {
    }

    internal HistogramEngine(EvaluationContext context, HistogramCache cache) => (_context, _cache) = (context, cache);

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

        var charts = request.Columns.Distinct(StringComparer.Ordinal).Select(name =>
        {
            var resolved = resolver.Resolve(name);
            var column = view.Find(name)!;
            var type = ChartTypes.TypeOf(_context, view, column, request.Model, request.Transform, _cache, connection.Get);
            var key = HistogramKeys.Of("layout", _context, column, request.Model, request.Transform, type.ToString(),
                request.TopValues.ToString(CultureInfo.InvariantCulture), request.Bins.ToString(CultureInfo.InvariantCulture));
            var layout = _cache.GetOrAdd(key, () => LayoutProfiler.Measure(connection.Get(), resolved, type, view.From([name]), request.TopValues, request.Bins));
            return new ChartPlan(name, layout, crossFilter.Index(name));
        }).ToList();

        var tallies = HistogramSql.Count(connection.Get(), view, resolver, charts, crossFilter.Conditions);
        var histograms = charts.Select((chart, i) => Histogram(chart, tallies, i)).ToList();
        if (request.Metric is { } metric)
        {
            using var evaluator = new MetricEvaluator(_context);
            histograms = [.. histograms.Select(histogram => WithMetric(histogram, crossFilter, request, metric, evaluator))];
        }
        return new HistogramResponse(tallies.Total, tallies.Filtered[crossFilter.All], histograms);
    }

    private static ColumnHistogram Histogram(ChartPlan chart, Tallies tallies, int index)
    {
        var buckets = new List<HistogramBucket>();
        foreach (var (shape, bin) in chart.Layout.Buckets(chart.Column).Select((shape, bin) => (shape, bin)))
        {
            var (total, filtered) = tallies.Buckets[index].GetValueOrDefault(bin);
            if (total > 0 || shape.ShownWhenEmpty)
                buckets.Add(new HistogramBucket(shape.Label, shape.Kind, shape.Filter, total, filtered) { Low = shape.Low, High = shape.High, Start = shape.Start, End = shape.End });
        }
        var missing = tallies.Missing[index];
        if (missing.Total > 0)
            buckets.Add(new HistogramBucket("missing", BucketKind.Missing, new IsNull(chart.Column), missing.Total, missing.Filtered));
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
