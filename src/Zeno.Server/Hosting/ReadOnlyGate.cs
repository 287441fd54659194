using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Zeno.Server.Hosting;

/// <summary>
/// In read-only mode every request that changes state is refused with 403. Queries that send a body (histograms,
/// metrics, rows) are POSTs but change nothing, so they carry <see cref="QueryEndpoint"/> and pass.
/// </summary>
internal static class ReadOnlyGate
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var method = context.Request.Method;
        var writes = HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsDelete(method) || HttpMethods.IsPatch(method);
        if (writes && context.GetEndpoint()?.Metadata.GetMetadata<QueryEndpoint>() is null)
        {
            await Problems.Write(context, StatusCodes.Status403Forbidden, "Read-only server",
                "This Zeno server was started with --read-only: it shows results but saves no changes.");
            return;
        }
        await next(context);
    }
}

/// <summary>Marks a POST endpoint that only reads, so read-only mode lets it through.</summary>
public sealed class QueryEndpoint;

/// <summary>Marks endpoints as queries.</summary>
public static class QueryEndpointExtensions
{
    /// <summary>Declares that this POST endpoint only reads, so it stays available on a read-only server.</summary>
    public static RouteHandlerBuilder AsQuery(this RouteHandlerBuilder builder) => builder.WithMetadata(new QueryEndpoint());
}
