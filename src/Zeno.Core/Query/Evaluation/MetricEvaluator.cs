using System.Globalization;
using DuckDB.NET.Data;
using Microsoft.Data.Analysis;
using Zeno.Core.Config;
using Zeno.Core.Errors;
using Zeno.Core.Data;
using Zeno.Core.Functions;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Index;
using Zeno.Core.Query.Metrics;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Evaluation;

/// <summary>
/// Computes metrics on slices for a model and transform. Built-in metrics reduce the slice to sufficient statistics
/// and finish in <see cref="MetricMath"/>: from the binned index when it keeps the metric's per-row statistics (see
/// <see cref="IndexedMetrics"/>), else in one SQL query; both give the same numbers, and callers never know which
/// answered. [Metric] functions receive the slice's rows as a batch, gathered from the columns they read when the index
/// can select the slice (see <see cref="IndexedMetricRows"/>), else read by SQL; their results are cached per (slice,
/// model, transform, metric, data version), written when the evaluator is disposed (a chart's bars coloured by such a
/// function are hundreds of values, each write a transaction). One evaluator holds one connection.
/// </summary>
public sealed partial class MetricEvaluator : IDisposable
{
    // [Metric] values held before they are written anyway: a long-lived evaluator does not hold a whole project's.
    private const int MostUnwritten = 1000;

    private readonly EvaluationContext _context;
    private readonly Lazy<DuckDBConnection> _connection;
    private readonly QueryPath _path;
    private readonly IndexedMetrics _indexed;
    private readonly IndexedMetricRows _indexedRows;
    private readonly Dictionary<string, (double? Value, long Size)> _computed = new(StringComparer.Ordinal);

    /// <summary>An evaluator over a context, sharing the process-wide index and chart layouts.</summary>
    public MetricEvaluator(EvaluationContext context)
        : this(context, QueryPath.Auto, IndexCache.Shared, HistogramCache.Shared)
    {
    }

    internal MetricEvaluator(EvaluationContext context, QueryPath path, IndexCache index, HistogramCache layouts)
    {
        _context = context;
        _connection = new(context.Store.OpenReader);
        _path = path;
        _indexed = new IndexedMetrics(context, index, layouts);
        _indexedRows = new IndexedMetricRows(context, index, layouts);
    }

    private DuckDBConnection Connection => _connection.Value;

    /// <summary>The number of instances of a slice for a model (slices may read the model's output).</summary>
    public long Size(Predicate? filter, string? model, string? transform = null) =>
        Size(SliceQuery.Create(_context, filter, model, transform));

    /// <summary>The number of instances of a compiled slice.</summary>
    public long Size(SliceQuery slice)
    {
        using var command = slice.Command(Connection, "count(*)", []);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The metric's value (null: undefined) and the slice's size.</summary>
    public MetricResult Evaluate(Predicate? filter, string? model, string? transform, MetricConfig metric) =>
        Evaluate(filter, [model], transform, metric)[0];

    /// <summary>
    /// The metric's value and the slice's size for each of <paramref name="models"/>, in their order: what a row of
    /// the slice × model table needs, computed together (one pass over the slice's rows for all models when the index
    /// answers).
    /// </summary>
    public IReadOnlyList<MetricResult> Evaluate(Predicate? filter, IReadOnlyList<string?> models, string? transform, MetricConfig metric)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(metric);
        // Compiled first whichever path answers, so a bad filter fails the same way on both.
        var slices = models.Select(model => SliceQuery.Create(_context, filter, model, transform)).ToList();
        if (_path != QueryPath.Sql)
        {
            var indexed = metric.Type is null
                ? FunctionMetricsFromIndex(slices, filter, models, transform, metric)
                : _indexed.TryEvaluate(filter, models, transform, metric, () => Connection)
                    ?.Select(answer => new MetricResult(MetricMath.Compute(metric, answer.Statistics), answer.Size)).ToList();
            if (indexed is not null)
                return indexed;
            if (_path == QueryPath.Index)
                throw Declined();
        }
        if (ClassesOfModels(filter, models, transform, metric) is { } batched)
            return batched;
        return [.. slices.Select((slice, m) =>
        {
            var size = Size(slice);
            return new MetricResult(Value(slice, filter, models[m], transform, metric, size), size);
        })];
    }

    /// <summary>
    /// The metric's value on a compiled slice of known size (null: undefined): a built-in metric from SQL, a [Metric]
    /// function from the index's rows where it can select the slice (a chart's bar, say), else from SQL.
    /// </summary>
    public double? Value(SliceQuery slice, Predicate? filter, string? model, string? transform, MetricConfig metric, long size)
    {
        if (metric.Type is { } builtIn)
            return MetricMath.Compute(metric, Statistics(slice, metric, builtIn, size));
        if (_path != QueryPath.Sql && FunctionMetricsFromIndex([slice], filter, [model], transform, metric) is [var indexed])
            return indexed.Value;
        return FunctionMetric(slice, filter, model, transform, metric, size);
    }

    // Each model's slice as a row set of the index, and its frame gathered from the columns the function reads.
    private List<MetricResult>? FunctionMetricsFromIndex(IReadOnlyList<SliceQuery> slices, Predicate? filter, IReadOnlyList<string?> models, string? transform,
        MetricConfig metric)
    {
        var function = Function(metric);
        // Cached values need no rows: a chart's bars coloured by the metric again ask only the cache.
        var cached = models.Select(model => Cached(CacheKey(function, filter, model, transform))).ToList();
        if (cached.All(value => value is not null))
            return [.. cached.Select(value => new MetricResult(value!.Value.Value, value.Value.Size))];
        var columns = slices.Select(slice => FunctionColumns(function, slice.View)).ToList();
        if (_indexedRows.TrySelect(filter, models, transform, columns, () => Connection) is not { } selected)
            return null;
        return [.. slices.Select((slice, m) => new MetricResult(
            FunctionMetric(slice, filter, models[m], transform, metric, selected[m].Length, names =>
                _indexedRows.TryGather(models[m], transform, names, selected[m], () => Connection) ?? (_path == QueryPath.Index ? throw Declined() : null)),
            selected[m].Length))];
    }

    private static InvalidOperationException Declined() => new("the binned index declined a metric it was required to answer");

    // gather: the slice's frame from the index, given the columns to read (null: read them with SQL).
    private double? FunctionMetric(SliceQuery slice, Predicate? filter, string? model, string? transform, MetricConfig metric, long size,
        Func<IReadOnlyList<string>, DataFrame?>? gather = null)
    {
        var function = Function(metric);
        // An empty slice has no value, whatever the function would say about zero rows.
        if (size == 0)
            return null;
        var cacheKey = CacheKey(function, filter, model, transform);
        if (Cached(cacheKey) is { } cached)
            return cached.Value;
        var names = FunctionColumns(function, slice.View);
        var frame = gather?.Invoke(names)
            ?? FrameQuery.ReadAll(Connection, slice.Sql(slice.View.Select(names), names, $"ORDER BY {InstanceView.RowExpression}"), slice.Parameters);
        double? value;
        try
        {
            value = function.Invoke(frame, _context.Options(model, transform)).Value;
        }
        catch (Exception e) when (e is not ZenoException)
        {
            throw new ZenoException(
                $"metric '{metric.Name}' ({function.Descriptor.Location}) threw {e.GetType().Name} on {size} rows" +
                $"{(model is null ? "" : $" of model '{model}'")}: {e.Message}", e);
        }
        if (value is { } number && (double.IsNaN(number) || double.IsInfinity(number)))
            value = null;
        _computed[cacheKey] = (value, size);
        if (_computed.Count >= MostUnwritten)
            WriteComputed();
        return value;
    }

    // Values this evaluator computed and has not written yet, then the store's.
    private (double? Value, long Size)? Cached(string cacheKey) =>
        _computed.TryGetValue(cacheKey, out var computed) ? computed : _context.Store.CachedMetric(cacheKey);

    private void WriteComputed()
    {
        if (_computed.Count == 0)
            return;
        _context.Store.CacheMetrics([.. _computed.Select(pair => (pair.Key, pair.Value.Value, pair.Value.Size))]);
        _computed.Clear();
    }

    private string CacheKey(MetricFunction function, Predicate? filter, string? model, string? transform) =>
        Fingerprint.Of("metric", function.Descriptor.Fingerprint, filter is null ? "" : FilterFormatter.Format(filter),
            model, transform, _context.Instances.DataVersion, string.Join(",", _context.Manifest.Select(entry => entry.Fingerprint)));

    private MetricFunction Function(MetricConfig metric) =>
        _context.Functions.Metrics.GetValueOrDefault(metric.Name)
        ?? throw new ConfigException(metric.Location, "name", $"metric '{metric.Name}' is not built in and no [Metric] function has that name");

    // Only the columns the function's code reads, when it names them: a text column of a large slice costs more to read
    // than the metric takes to compute.
    private IReadOnlyList<string> FunctionColumns(MetricFunction function, InstanceView view)
    {
        var reads = ColumnReads.Resolve(function.Descriptor.ReadsColumns, _context.Instances.IdColumn, _context.Config.DataColumn,
            _context.Config.LabelColumn, InstanceView.OutputName);
        return view.ColumnsFor(reads?.ToHashSet(), _context.Instances.IdColumn);
    }

    /// <summary>Writes the [Metric] values computed so far to the store's cache, so other evaluators and later runs find them.</summary>
    public void Dispose()
    {
        try
        {
            WriteComputed();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only a cache: the values are computed again when next asked for, and the caller's own error, if any, is the one to see.
        }
        finally
        {
            if (_connection.IsValueCreated)
                _connection.Value.Dispose();
        }
    }
}
