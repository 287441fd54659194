using Microsoft.AspNetCore.StaticFiles;
using Zeno.Server.Files;
using Zeno.Server.Hosting;

namespace Zeno.Server.Endpoints;

/// <summary>
/// Instance files (audio, images, masks) for the views, from data_path, label_path or the model output folder, with
/// content types and range requests (audio seeking). Nothing outside those folders is ever served.
/// </summary>
internal static class FileEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/files/{root}/{**path}", (string root, string path, ProjectQueries queries) =>
        {
            var config = queries.Project.Config;
            var folder = root switch
            {
                "data" => config.DataPath,
                "label" => config.LabelPath,
                "output" => Path.Combine(config.CachePath, "outputs"),
                _ => null,
            };
            if (folder is null)
                return Results.Problem(statusCode: 404, title: "Unknown file root", detail: $"'{root}' is not a file root; use data, label or output");
            var file = SafeFiles.Resolve(folder, path);
            if (file is null)
                return Results.Problem(statusCode: 404, title: "File not found", detail: $"no file '{path}' under the {root} folder");
            var type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
            return Results.File(file, type, enableRangeProcessing: true);
        }).WithName("GetInstanceFile").WithTags("Files");
        return app;
    }
}
