using Zeno.Core.Config;
using Zeno.Core.Errors;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Trends;

namespace Zeno.Reports.Snapshot;

/// <summary>
/// The slices × models × metrics cube of a report or of the Analysis page, with each slice's trend per metric. Each
/// (slice, model) is compiled once and its size counted once; every value comes from <see cref="MetricEvaluator"/>,
/// so the table shows exactly what <c>/api/metrics</c> and the tests see. A value that cannot be computed is left
/// undefined and explained in <paramref name="notes"/>, so one broken slice never hides a whole report.
/// </summary>
internal sealed class SliceTable(EvaluationContext context, MetricEvaluator evaluator, ReportNotes notes)
{
    public IReadOnlyList<SnapshotSlice> Build(IReadOnlyList<SliceSpec> slices, IReadOnlyList<string> metricNames, string? transform)
    {
        var models = context.Config.Models.Select(model => model.Name).ToList();
        var metrics = metricNames.Select(name => (Name: name, Config: context.Config.Metrics.FirstOrDefault(m => m.Name == name))).ToList();
        foreach (var (name, _) in metrics.Where(m => m.Config is null))
            notes.Add($"metric '{name}' is no longer in zeno.toml, so its values are undefined; remove it from the report");
        var transformExists = transform is null || context.Functions.Transforms.ContainsKey(transform);
        if (!transformExists)
            notes.Add($"transform '{transform}' no longer exists, so every value is undefined; choose another transform for the report");

        return [.. slices.Select(slice =>
        {
            if (slice.Missing)
            {
                notes.Add($"slice '{slice.Name}' no longer exists (it was removed from zeno.toml); remove it from the report");
                return new SnapshotSlice(slice.Id, slice.Name, slice.Folder, "", true, [], []);
            }
            var cells = transformExists ? Cells(slice, models, transform, metrics) : [.. models.Select(model => Undefined(model, metrics))];
            var trends = metrics.Select(metric => Trend(metric.Name, metric.Config, [.. cells.Select(c => c.Values[metric.Name])])).ToList();
            return new SnapshotSlice(slice.Id, slice.Name, slice.Folder, slice.FilterText, false, cells, trends);
        })];
    }

    // Each metric for every model the slice compiles for, together (one pass over the slice's rows when the index
    // answers); a batch that fails is retried model by model, so the note names the model it failed for.
    private List<SnapshotCell> Cells(SliceSpec slice, List<string> models, string? transform, List<(string Name, MetricConfig? Config)> metrics)
    {
        var compiled = new List<string?>();
        foreach (var model in models)
        {
            try
            {
                SliceQuery.Create(context, slice.Filter, model, transform);
                compiled.Add(model);
            }
            catch (ZenoException e)
            {
                notes.Add($"slice '{slice.Name}' cannot be evaluated for model '{model}': {e.Message}");
            }
        }
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var values = models.ToDictionary(model => model, _ => new Dictionary<string, double?>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (name, metric) in metrics)
        {
            var results = metric is null ? null : Evaluate(slice, compiled, transform, name, metric);
            for (var m = 0; m < compiled.Count; m++)
            {
                var model = compiled[m]!;
                values[model][name] = results?[m]?.Value;
                if (results?[m] is { } result)
                    sizes.TryAdd(model, result.Size);
            }
        }
        return [.. models.Select(model => !compiled.Contains(model) ? Undefined(model, metrics)
            : new SnapshotCell(model, sizes.TryGetValue(model, out var size) ? size : SizeOf(slice, model, transform), values[model]))];
    }

    private MetricResult?[] Evaluate(SliceSpec slice, List<string?> models, string? transform, string name, MetricConfig metric)
    {
        try
        {
            return [.. evaluator.Evaluate(slice.Filter, models, transform, metric).Select(result => (MetricResult?)result)];
        }
        catch (ZenoException) when (models.Count > 1)
        {
            return [.. models.Select(model => Evaluate(slice, [model], transform, name, metric)[0])];
        }
        catch (ZenoException e)
        {
            notes.Add($"{name} on slice '{slice.Name}' for model '{models[0]}' could not be computed: {e.Message}");
            return [null];
        }
    }

    private long? SizeOf(SliceSpec slice, string model, string? transform)
    {
        try
        {
            return evaluator.Size(slice.Filter, model, transform);
        }
        catch (ZenoException e)
        {
            notes.Add($"slice '{slice.Name}' cannot be evaluated for model '{model}': {e.Message}");
            return null;
        }
    }

    private static SnapshotCell Undefined(string model, List<(string Name, MetricConfig? Config)> metrics) =>
        new(model, null, metrics.ToDictionary(m => m.Name, _ => (double?)null, StringComparer.Ordinal));

    private static SnapshotTrend Trend(string name, MetricConfig? metric, IReadOnlyList<double?> values)
    {
        var trend = metric is null ? TrendStatistics.Compute(values, name: name) : TrendStatistics.Of(metric, values);
        return new SnapshotTrend(name, trend.Values, trend.Slope, trend.PValue, trend.Volatility, trend.Regressing, trend.Volatile,
            trend.Explanation, TrendMarkers.Of(trend, name));
    }
}
