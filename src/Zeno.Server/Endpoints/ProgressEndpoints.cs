using Zeno.Server.Hosting;

namespace Zeno.Server.Endpoints;

/// <summary>The background pipeline's progress: a snapshot, and a Server-Sent Events stream of snapshots.</summary>
internal static class ProgressEndpoints
{
    public static IEndpointRouteBuilder MapProgress(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/progress").WithTags("Project");
        group.MapGet("/", (PipelineStatus status) => status.Snapshot()).WithName("GetProgress");
        group.MapGet("/stream", (PipelineStatus status, CancellationToken cancellationToken) =>
            TypedResults.ServerSentEvents(status.Watch(cancellationToken), eventType: "progress")).WithName("StreamProgress");
        return app;
    }
}
