using System.Globalization;
using DuckDB.NET.Data;
using Zeno.Core.Config;
using Zeno.Core.Errors;
using Zeno.Core.Data;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Metrics;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Evaluation;

/// <summary>
/// Computes metrics on slices for a model and transform. Built-in metrics reduce the slice to sufficient statistics
/// in one SQL query and finish in <see cref="MetricMath"/>; [Metric] functions receive the slice's rows as a batch and
/// their results are cached per (slice, model, transform, metric, data version). One evaluator holds one connection.
/// </summary>
public sealed partial class MetricEvaluator(EvaluationContext context) : IDisposable
{
    private readonly Lazy<DuckDBConnection> _connection = new(context.Store.OpenReader);

    private DuckDBConnection Connection => _connection.Value;

    /// <summary>The number of instances of a slice for a model (slices may read the model's output).</summary>
    public long Size(Predicate? filter, string? model, string? transform = null) =>
        Size(SliceQuery.Create(context, filter, model, transform));

    /// <summary>The number of instances of a compiled slice.</summary>
    public long Size(SliceQuery slice)
    {
        using var command = slice.Command(Connection, "count(*)", []);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The metric's value (null: undefined) and the slice's size.</summary>
    public MetricResult Evaluate(Predicate? filter, string? model, string? transform, MetricConfig metric)
    {
        var slice = SliceQuery.Create(context, filter, model, transform);
        var size = Size(slice);
        return new MetricResult(Value(slice, filter, model, transform, metric, size), size);
    }

    /// <summary>The metric's value on a compiled slice of known size (null: undefined).</summary>
    public double? Value(SliceQuery slice, Predicate? filter, string? model, string? transform, MetricConfig metric, long size) =>
        metric.Type is { } builtIn
            ? MetricMath.Compute(metric, Statistics(slice, metric, builtIn, size))
            : FunctionMetric(slice, filter, model, transform, metric, size);

    private double? FunctionMetric(SliceQuery slice, Predicate? filter, string? model, string? transform, MetricConfig metric, long size)
    {
        var function = context.Functions.Metrics.GetValueOrDefault(metric.Name)
            ?? throw new ConfigException(metric.Location, "name", $"metric '{metric.Name}' is not built in and no [Metric] function has that name");
        // An empty slice has no value, whatever the function would say about zero rows.
        if (size == 0)
            return null;
        var cacheKey = Fingerprint.Of("metric", function.Descriptor.Fingerprint, filter is null ? "" : FilterFormatter.Format(filter),
            model, transform, context.Instances.DataVersion, string.Join(",", context.Manifest.Select(entry => entry.Fingerprint)));
        if (context.Store.CachedMetric(cacheKey) is { } cached)
            return cached.Value;
        var names = slice.View.Columns.Select(c => c.Name).ToList();
        using var command = slice.Command(Connection, slice.View.SelectAll(), names, $"ORDER BY {InstanceView.RowExpression}");
        using var reader = command.ExecuteReader();
        var frame = DataFrameReader.Read(reader);
        double? value;
        try
        {
            value = function.Invoke(frame, context.Options(model, transform)).Value;
        }
        catch (Exception e) when (e is not ZenoException)
        {
            throw new ZenoException(
                $"metric '{metric.Name}' ({function.Descriptor.Location}) threw {e.GetType().Name} on {size} rows" +
                $"{(model is null ? "" : $" of model '{model}'")}: {e.Message}", e);
        }
        if (value is { } number && (double.IsNaN(number) || double.IsInfinity(number)))
            value = null;
        context.Store.CacheMetric(cacheKey, value, size);
        return value;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_connection.IsValueCreated)
            _connection.Value.Dispose();
    }
}
