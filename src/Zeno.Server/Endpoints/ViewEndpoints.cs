using Zeno.Server.Hosting;

namespace Zeno.Server.Endpoints;

/// <summary>
/// The project's custom instance view (<c>view = "path/to/view.js"</c> in zeno.toml) at one fixed URL, which the web
/// app imports. Only that one file is served; a project with a built-in view has none (404).
/// </summary>
internal static class ViewEndpoints
{
    public const string CustomViewPath = "/api/views/custom.js";

    public static IEndpointRouteBuilder MapViews(this IEndpointRouteBuilder app)
    {
        app.MapGet(CustomViewPath, (ProjectQueries queries, HttpContext http) =>
        {
            var config = queries.Project.Config;
            if (config.CustomViewFile is not { } file)
                return Results.Problem(statusCode: 404, title: "No custom view",
                    detail: $"this project uses the built-in view '{config.View}'; set view = \"path/to/view.js\" in zeno.toml for a custom one");
            if (!File.Exists(file))
                return Results.Problem(statusCode: 404, title: "Custom view not found", detail: $"the custom view {config.View} is no longer at {file}");
            // Read on every request, so an edited view shows on the next reload of the page.
            http.Response.Headers.CacheControl = "no-cache";
            return Results.File(file, "text/javascript; charset=utf-8");
        }).WithName("GetCustomView").WithTags("Views");
        return app;
    }
}
