using Zeno.Core.State;
using Zeno.Reports.Snapshot;
using Zeno.Server.Hosting;
using Zeno.Server.Wire;

namespace Zeno.Server.Endpoints;

/// <summary>
/// What the Analysis page needs in one request each: the slice table (value and size per model, trend markers with
/// their explanations) and each report's test verdicts with the failing tests of the latest model.
/// </summary>
internal static class AnalysisEndpoints
{
    private const int MaxSlices = 200;

    public static IEndpointRouteBuilder MapAnalysis(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/analysis/table", (AnalysisTableRequest request, ProjectQueries queries, StateService state) =>
            {
                if (request.Slices is { Count: > MaxSlices })
                    throw new WireException($"send at most {MaxSlices} slices per request (or none for every slice)");
                if (string.IsNullOrWhiteSpace(request.Metric))
                    throw new WireException("name the 'metric' to show");
                using var builder = new ReportSnapshotBuilder(queries.Context(), state);
                return builder.Table(request.Slices, request.Metric, request.Transform);
            })
            .WithName("GetAnalysisTable").WithTags("Query").AsQuery();

        app.MapGet("/api/reports/{id}/summary", (string id, ProjectQueries queries, StateService state) =>
            {
                using var builder = new ReportSnapshotBuilder(queries.Context(), state);
                return builder.Summary(Uri.UnescapeDataString(id));
            })
            .WithName("GetReportSummary").WithTags("Reports");

        app.MapGet("/api/reports/summaries", (ProjectQueries queries, StateService state) =>
            {
                using var builder = new ReportSnapshotBuilder(queries.Context(), state);
                return state.ListReports().Select(report => builder.Summary(report.Id)).ToList();
            })
            .WithName("ListReportSummaries").WithTags("Reports");
        return app;
    }
}
