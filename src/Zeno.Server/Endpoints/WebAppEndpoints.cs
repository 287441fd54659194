using Microsoft.Extensions.FileProviders;

namespace Zeno.Server.Endpoints;

/// <summary>
/// The built web app (web/dist, copied next to the server as wwwroot): static files, and index.html for every other
/// path that is not under /api, so links into the app's views work on reload.
/// </summary>
internal static class WebAppEndpoints
{
    public static WebApplication UseWebApp(this WebApplication app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            app.MapGet("/", () => Results.Problem(statusCode: 503, title: "The web UI is not built",
                detail: "This build of Zeno has no web app; the API under /api works. Build it with `npm ci && npm run build` in web/, then rebuild."));
            return app;
        }
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        // Unknown API paths stay 404 problems; every other unknown path is a view of the single-page app.
        app.MapFallback("/api/{**rest}", (string rest) =>
            Results.Problem(statusCode: 404, title: "Not found", detail: $"there is no API endpoint /api/{rest}; see /openapi/v1.json"));
        app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = files });
        return app;
    }
}
