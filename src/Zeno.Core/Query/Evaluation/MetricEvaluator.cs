using System.Globalization;
using Zeno.Core.Config;
using Zeno.Core.Errors;
using Zeno.Core.Pipeline;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Metrics;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Evaluation;

/// <summary>
/// Computes a metric on a slice for a model and transform. Built-in metrics reduce the slice to sufficient statistics
/// in one SQL query and finish in <see cref="MetricMath"/>; [Metric] functions receive the slice's rows as a batch and
/// their results are cached per (slice, model, transform, metric, data version).
/// </summary>
public sealed partial class MetricEvaluator(EvaluationContext context)
{
    /// <summary>The number of instances of a slice for a model (slices may read the model's output).</summary>
    public long Size(Predicate? filter, string? model, string? transform = null)
    {
        var slice = SliceQuery.Create(context, filter, model, transform);
        using var connection = context.Store.OpenReader();
        using var command = slice.Command(connection, "count(*)");
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The metric's value (null: undefined) and the slice's size.</summary>
    public MetricResult Evaluate(Predicate? filter, string? model, string? transform, MetricConfig metric)
    {
        var slice = SliceQuery.Create(context, filter, model, transform);
        using var connection = context.Store.OpenReader();
        long size;
        using (var command = slice.Command(connection, "count(*)"))
            size = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (metric.Type is { } builtIn)
            return new MetricResult(MetricMath.Compute(metric, Statistics(connection, slice, metric, builtIn, size)), size);
        return new MetricResult(FunctionMetric(connection, slice, filter, model, transform, metric, size), size);
    }

    private double? FunctionMetric(DuckDB.NET.Data.DuckDBConnection connection, SliceQuery slice, Predicate? filter,
        string? model, string? transform, MetricConfig metric, long size)
    {
        var function = context.Functions.Metrics.GetValueOrDefault(metric.Name)
            ?? throw new ConfigException(metric.Location, "name", $"metric '{metric.Name}' is not built in and no [Metric] function has that name");
        // An empty slice has no value, whatever the function would say about zero rows.
        if (size == 0)
            return null;
        var cacheKey = Fingerprint.Of("metric", function.Descriptor.Fingerprint, filter is null ? "" : FilterFormatter.Format(filter),
            model, transform, context.Instances.DataVersion,
            string.Join(",", context.Store.Manifest().Select(entry => entry.Fingerprint)));
        if (context.Store.CachedMetric(cacheKey) is { } cached)
            return cached.Value;
        var select = string.Join(", ", slice.View.Columns.Select(c => $"{c.SqlExpression} AS {Sql.Sql.QuoteIdentifier(c.Name)}"));
        using var command = slice.Command(connection, select, $"ORDER BY {InstanceView.RowExpression}");
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
}
