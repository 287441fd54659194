using System.Text;
using Zeno.Core.State;
using Zeno.Reports.Charts;
using Zeno.Reports.Documents;
using Zeno.Reports.Snapshot;
using Zeno.Server.Hosting;
using Zeno.Server.Wire;

namespace Zeno.Server.Endpoints;

/// <summary>
/// A report chart as an image (PNG or SVG), drawn by the same painter as the PDF. <c>?slice=</c>, <c>?model=</c> and
/// <c>?metric=</c> choose the value the chart holds fixed where it holds one; <c>?width=</c> and <c>?height=</c> size it.
/// </summary>
internal static class ReportChartImageEndpoints
{
    private const int DefaultWidth = 720, DefaultHeight = 400, MinSize = 120, MaxSize = 2400;

    public static IEndpointRouteBuilder MapReportChartImages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reports/{id}/charts/{chartId}.{format}", (string id, string chartId, string format, string? slice, string? model, string? metric,
                int? width, int? height, ProjectQueries queries, StateService state) =>
            {
                if (format is not ("png" or "svg"))
                    throw new NotFoundException($"charts are drawn as png or svg, not '{format}'");
                var (w, h) = (Size("width", width ?? DefaultWidth), Size("height", height ?? DefaultHeight));
                using var builder = new ReportSnapshotBuilder(queries.Context(), state);
                var data = builder.Chart(Uri.UnescapeDataString(id), Uri.UnescapeDataString(chartId), new ChartHeld(slice, model, metric));
                var name = SafeFileName.Of(data.Title, format);
                return format == "png"
                    ? TypedResults.File(ChartImages.Png(data, w, h), "image/png", name)
                    : TypedResults.File(Encoding.UTF8.GetBytes(ChartImages.Svg(data, w, h)), "image/svg+xml", name);
            })
            .WithName("GetReportChartImage").WithTags("Reports")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .Produces(StatusCodes.Status200OK, contentType: "image/svg+xml");
        return app;
    }

    private static int Size(string name, int value) =>
        value is >= MinSize and <= MaxSize ? value
        : throw new WireException($"{name} must be between {MinSize} and {MaxSize} pixels, not {value}");
}
