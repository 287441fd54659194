using Zeno.Core.Query.Histograms;
using Zeno.Core.Store;
using Zeno.Server.Hosting;
using Zeno.Server.Wire;

namespace Zeno.Server.Endpoints;

internal static class SettingsEndpoints
{
    public static IEndpointRouteBuilder MapSettings(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/settings", (ProjectQueries queries, ZenoServerOptions options) => Settings(queries, options))
            .WithName("GetSettings").WithTags("Project");
        return app;
    }

    private static SettingsResponse Settings(ProjectQueries queries, ZenoServerOptions options)
    {
        var project = queries.Project;
        var context = queries.Context();
        var model = queries.Model(null);
        // The chart types: inferred for data columns, profiled for computed ones (a 3-valued distill is nominal).
        var columns = new HistogramEngine(context).Columns(model).Select(column => new ColumnSettings(
            column.Name,
            column.Type,
            column.Origin == ViewColumnOrigin.ModelColumn ? "modelColumn" : column.Origin.ToString().ToLowerInvariant(),
            column.Origin is ViewColumnOrigin.Output or ViewColumnOrigin.ModelColumn
                || context.Manifest.Any(entry => entry.Key.Kind == ColumnKind.Distill && entry.Key.Name == column.Name && entry.Key.Model is not null))).ToList();
        var metrics = project.Config.Metrics
            .Select(metric => new MetricSettings(metric.Name, metric.Type?.ToString().ToLowerInvariant() ?? "function")).ToList();
        return new SettingsResponse(project.Config.Name, project.Config.View, project.Instances.IdColumn, project.Config.DataColumn,
            project.Config.LabelColumn, columns, project.Models, metrics, project.Transforms, project.Instances.Rows,
            project.Config.Samples, options.ReadOnly);
    }
}
