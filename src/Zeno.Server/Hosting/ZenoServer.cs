using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Zeno.Core.Project;
using Zeno.Core.State;
using Zeno.Server.Endpoints;

namespace Zeno.Server.Hosting;

/// <summary>Builds the web application for an open project: reads as the server's table of contents.</summary>
public static class ZenoServer
{
    /// <summary>The server for <paramref name="project"/>; the caller runs it and disposes the project afterwards.</summary>
    public static WebApplication Build(ZenoProject project, ZenoServerOptions options, PipelineStatus? status = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(ZenoServer).Assembly.GetName().Name });
        builder.WebHost.UseKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes);
        builder.WebHost.UseUrls($"http://{(options.Host.Contains(':') ? $"[{options.Host}]" : options.Host)}:{options.Port}");
        builder.Logging.SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Warning);

        builder.Services.AddSingleton(project);
        builder.Services.AddSingleton(options);
        var state = new StateService(project.Store, project.Config, new StateOptions { CheckFilter = ProjectQueries.ColumnCheck(project) });
        builder.Services.AddSingleton(state);
        builder.Services.AddSingleton(new ProjectQueries(project, state));
        if (status is null)
        {
            status = new PipelineStatus();
            // Without a background pipeline the store is as complete as it will get.
            if (!options.RunPipeline)
                status.Finish(null);
        }
        builder.Services.AddSingleton(status);
        builder.Services.AddSingleton(TimeProvider.System);
        if (options.RunPipeline)
            builder.Services.AddHostedService<PipelineService>();
        builder.Services.Configure<JsonOptions>(json => Json.Configure(json.SerializerOptions));
        builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<ExceptionProblems>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (options.Token is { } token)
            app.Use(new TokenGate(token).InvokeAsync);
        if (options.ReadOnly)
            app.Use(ReadOnlyGate.InvokeAsync);

        app.UseWebApp();
        app.MapOpenApi();
        app.MapSettings();
        app.MapProgress();
        app.MapFilters();
        app.MapMetrics();
        app.MapHistograms();
        app.MapRows();
        app.MapTrends();
        app.MapTests();
        app.MapSlices();
        app.MapFolders();
        app.MapTags();
        app.MapReports();
        app.MapReportExports();
        app.MapReportChartImages();
        app.MapAnalysis();
        app.MapFiles();
        return app;
    }
}
