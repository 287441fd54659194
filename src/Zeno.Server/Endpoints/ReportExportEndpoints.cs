using System.Text;
using Zeno.Core.State;
using Zeno.Reports.Documents;
using Zeno.Reports.Snapshot;
using Zeno.Server.Hosting;

namespace Zeno.Server.Endpoints;

/// <summary>
/// A report as a document to download: PDF, self-contained HTML or the JSON snapshot — the same files as
/// <c>zeno export</c>, computed from the current columns and state. Aggregates only.
/// </summary>
internal static class ReportExportEndpoints
{
    private static readonly string[] Formats = ["pdf", "html", "json"];

    public static IEndpointRouteBuilder MapReportExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reports/{id}/export.{format}", (string id, string format, ProjectQueries queries, StateService state, TimeProvider time) =>
            {
                if (!Formats.Contains(format))
                    throw new NotFoundException($"reports export as {string.Join(", ", Formats)}, not '{format}'");
                using var builder = new ReportSnapshotBuilder(queries.Context(), state, time);
                var snapshot = builder.Build(Uri.UnescapeDataString(id));
                // A safe ASCII name (no path, quote or line break can reach the header or the disk).
                var name = SafeFileName.Of(snapshot.Report, format);
                return format switch
                {
                    "pdf" => TypedResults.File(PdfReport.Render(snapshot), "application/pdf", name),
                    "html" => TypedResults.File(Encoding.UTF8.GetBytes(HtmlReport.Render(snapshot)), "text/html; charset=utf-8", name),
                    _ => TypedResults.File(Encoding.UTF8.GetBytes(SnapshotJson.Write(snapshot)), "application/json; charset=utf-8", name),
                };
            })
            .WithName("ExportReport").WithTags("Reports")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
        return app;
    }
}
