using Zeno.Core.Config;
using Zeno.Core.Data;
using Zeno.Core.Errors;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Metrics;
using Zeno.Core.Query.Tests;
using Zeno.Core.Store;

namespace Zeno.Core.Project;

/// <summary>
/// Checks every name zeno.toml uses against what the project has — columns, functions, slices — and reports each
/// mistake with the config line and the list of valid names. Names that only exist once the pipeline ran (extra
/// per-model columns) are checked again afterwards.
/// </summary>
internal static class ProjectValidator
{
    public static void ValidateBeforePipeline(ZenoProject project)
    {
        var config = project.Config;
        var table = project.Instances;
        var dataColumns = table.Columns.Select(column => column.Name).ToList();
        RequireColumn(config, "data_column", config.DataColumn, dataColumns);
        RequireColumn(config, "label_column", config.LabelColumn, dataColumns);
        foreach (var model in config.Models.Where(model => model.Source == ModelSource.DataColumn))
            if (!dataColumns.Contains(model.OutputColumn!))
                throw InstanceLoader.UnknownColumn(config, $"models.{model.Name}.output_column", model.OutputColumn!, dataColumns, model.Location);
        if (project.Functions.Transforms.Count > 0 && config.DataColumn is null)
            throw new ConfigException(config.LocationOf("data_column"), "data_column",
                $"the project has transforms ({string.Join(", ", project.Functions.Transforms.Keys)}) but no data_column for them to transform");
        foreach (var distill in project.Functions.Distills.Values)
            if (dataColumns.Contains(distill.Descriptor.Name) || distill.Descriptor.Name == InstanceView.OutputName)
                throw new ZenoException($"{distill.Descriptor.Location}: the distill '{distill.Descriptor.Name}' has the name of an existing column; give it another name with [Distill(\"name\")]");
        foreach (var metric in config.Metrics)
            ValidateMetric(project, metric);
        foreach (var slice in config.Slices)
            ProjectEvaluator.ParseSlice(slice);
        foreach (var test in config.Tests)
            TestEvaluator.ExpectationOf(test);
        // Without a [Model] function every column name is known now, so a typo is reported before any work starts.
        if (project.Functions.Model is null && config.Models.All(model => model.Source != ModelSource.PredictionsFile))
            CheckColumnNames(project, KnownColumns(project));
    }

    public static void ValidateAfterPipeline(ZenoProject project)
    {
        foreach (var model in project.Models.DefaultIfEmpty())
            CheckColumnNames(project, project.View(model).Columns.Select(column => column.Name).ToList());
    }

    private static List<string> KnownColumns(ZenoProject project) =>
        project.Instances.Columns.Select(column => column.Name)
            .Concat(project.Functions.Distills.Keys)
            .Concat(project.Config.Models.Count > 0 ? [InstanceView.OutputName] : [])
            .ToList();

    private static void CheckColumnNames(ZenoProject project, IReadOnlyList<string> available)
    {
        foreach (var slice in project.Config.Slices)
            foreach (var column in ProjectEvaluator.ParseSlice(slice).Columns())
                if (!available.Contains(column))
                    throw InstanceLoader.UnknownColumn(project.Config, $"slices.{slice.Name}.filter", column, available, slice.FilterLocation);
        foreach (var metric in project.Config.Metrics.Where(metric => metric.Column is not null))
            if (!available.Contains(metric.Column!))
                throw InstanceLoader.UnknownColumn(project.Config, $"metrics.{metric.Name}.column", metric.Column!, available, metric.Location);
    }

    private static void ValidateMetric(ZenoProject project, MetricConfig metric)
    {
        if (metric.Type is null)
        {
            if (!project.Functions.Metrics.ContainsKey(metric.Name))
            {
                var names = project.Functions.Metrics.Keys.ToList();
                var closest = Suggest.Closest(metric.Name, names);
                throw new ConfigException(metric.Location, $"metrics.{metric.Name}",
                    $"'{metric.Name}' is neither a built-in metric type nor a [Metric] function." +
                    (closest is null ? "" : $" Did you mean '{closest}'?") +
                    (names.Count == 0 ? " The project has no [Metric] functions." : $" [Metric] functions: {string.Join(", ", names)}.") +
                    " For a built-in metric add type = \"accuracy\" (or error_rate, precision, recall, f1, mae, rmse, mean, count, wer, cer, exact_match).");
            }
            return;
        }
        var needsLabel = MetricMath.StatisticsFor(metric.Type.Value) is not (StatisticsKind.Count or StatisticsKind.Mean);
        if (needsLabel && project.Config.LabelColumn is null)
            throw new ConfigException(metric.Location, $"metrics.{metric.Name}.type",
                $"the {metric.Type.Value.ToString().ToLowerInvariant()} metric compares model outputs with labels, but zeno.toml sets no label_column");
    }

    private static void RequireColumn(ZenoConfig config, string key, string? column, IReadOnlyList<string> available)
    {
        if (column is not null && !available.Contains(column))
            throw InstanceLoader.UnknownColumn(config, key, column, available, config.LocationOf(key));
    }
}
