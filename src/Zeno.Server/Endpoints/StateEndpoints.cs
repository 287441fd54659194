using Zeno.Core.Query.Filters;
using Zeno.Core.State;
using Zeno.Server.Wire;

namespace Zeno.Server.Endpoints;

/// <summary>
/// The user's saved state: slices, folders, tags, reports and their charts. Every write is one transaction; updates
/// and deletes carry the version they edit, and a stale one gets 409 with the current object.
/// </summary>
internal static class StateEndpoints
{
    public static IEndpointRouteBuilder MapSlices(this IEndpointRouteBuilder app)
    {
        var slices = app.MapGroup("/api/slices").WithTags("Slices");
        slices.MapGet("/", (StateService state) => state.ListSlices().Select(SliceDto.From).ToList()).WithName("ListSlices");
        slices.MapGet("/{id}", (string id, StateService state) => SliceDto.From(state.GetSlice(Unescape(id)))).WithName("GetSlice");
        slices.MapPost("/", (SliceWrite write, StateService state) =>
        {
            var slice = state.CreateSlice(Draft(write));
            return TypedResults.Created($"/api/slices/{Uri.EscapeDataString(slice.Id)}", SliceDto.From(slice));
        }).WithName("CreateSlice");
        slices.MapPut("/{id}", (string id, SliceWrite write, StateService state) =>
            SliceDto.From(state.UpdateSlice(Unescape(id), VersionOf(write.Version), Draft(write)))).WithName("UpdateSlice");
        slices.MapDelete("/{id}", (string id, long? version, bool? force, StateService state) =>
        {
            var changed = state.DeleteSlice(Unescape(id), VersionOf(version), force ?? false);
            return TypedResults.Ok(new { changedReports = changed.Select(report => report.Id).ToList() });
        }).WithName("DeleteSlice");
        return app;
    }

    public static IEndpointRouteBuilder MapFolders(this IEndpointRouteBuilder app)
    {
        var folders = app.MapGroup("/api/folders").WithTags("Folders");
        folders.MapGet("/", (StateService state) => state.ListFolders().Select(FolderDto.From).ToList()).WithName("ListFolders");
        folders.MapPost("/", (FolderWrite write, StateService state) =>
        {
            var folder = state.CreateFolder(write.Name);
            return TypedResults.Created($"/api/folders/{Uri.EscapeDataString(folder.Id)}", FolderDto.From(folder));
        }).WithName("CreateFolder");
        folders.MapPut("/{id}", (string id, FolderWrite write, StateService state) =>
            FolderDto.From(state.RenameFolder(Unescape(id), VersionOf(write.Version), write.Name))).WithName("RenameFolder");
        folders.MapDelete("/{id}", (string id, long? version, StateService state) =>
        {
            state.DeleteFolder(Unescape(id), VersionOf(version));
            return TypedResults.NoContent();
        }).WithName("DeleteFolder");
        return app;
    }

    public static IEndpointRouteBuilder MapTags(this IEndpointRouteBuilder app)
    {
        var tags = app.MapGroup("/api/tags").WithTags("Tags");
        tags.MapGet("/", (StateService state) => state.ListTags().Select(TagDto.From).ToList()).WithName("ListTags");
        tags.MapGet("/{id}", (string id, StateService state) => TagDto.From(state.GetTag(Unescape(id)))).WithName("GetTag");
        tags.MapPost("/", (TagWrite write, StateService state) =>
        {
            var tag = state.CreateTag(new TagDraft(write.Name, write.InstanceIds ?? [], write.FolderId));
            return TypedResults.Created($"/api/tags/{Uri.EscapeDataString(tag.Id)}", TagDto.From(tag));
        }).WithName("CreateTag");
        tags.MapPut("/{id}", (string id, TagWrite write, StateService state) =>
            TagDto.From(state.UpdateTag(Unescape(id), VersionOf(write.Version), new TagDraft(write.Name, write.InstanceIds ?? [], write.FolderId))))
            .WithName("UpdateTag");
        tags.MapDelete("/{id}", (string id, long? version, StateService state) =>
        {
            state.DeleteTag(Unescape(id), VersionOf(version));
            return TypedResults.NoContent();
        }).WithName("DeleteTag");
        return app;
    }

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports").WithTags("Reports");
        reports.MapGet("/", (StateService state) => state.ListReports().Select(report => ReportDto.From(state.GetReportView(report.Id))).ToList())
            .WithName("ListReports");
        reports.MapGet("/{id}", (string id, StateService state) => ReportDto.From(state.GetReportView(Unescape(id)))).WithName("GetReport");
        reports.MapPost("/", (ReportWrite write, StateService state) =>
        {
            var report = state.CreateReport(write.ToDraft());
            return TypedResults.Created($"/api/reports/{Uri.EscapeDataString(report.Id)}", ReportDto.From(state.GetReportView(report.Id)));
        }).WithName("CreateReport");
        reports.MapPut("/{id}", (string id, ReportWrite write, StateService state) =>
            ReportDto.From(state.GetReportView(state.UpdateReport(Unescape(id), VersionOf(write.Version), write.ToDraft()).Id))).WithName("UpdateReport");
        reports.MapDelete("/{id}", (string id, long? version, StateService state) =>
        {
            state.DeleteReport(Unescape(id), VersionOf(version));
            return TypedResults.NoContent();
        }).WithName("DeleteReport");

        reports.MapGet("/{id}/charts", (string id, StateService state) => state.ListCharts(Unescape(id)).Select(ChartDto.From).ToList()).WithName("ListCharts");
        reports.MapPost("/{id}/charts", (string id, ChartWrite write, StateService state) =>
        {
            var chart = state.CreateChart(Unescape(id), new ChartDraft(write.Name, write.Type, write.Encoding));
            return TypedResults.Created($"/api/charts/{Uri.EscapeDataString(chart.Id)}", ChartDto.From(chart));
        }).WithName("CreateChart");
        var charts = app.MapGroup("/api/charts").WithTags("Reports");
        charts.MapGet("/{id}", (string id, StateService state) => ChartDto.From(state.GetChart(Unescape(id)))).WithName("GetChart");
        charts.MapPut("/{id}", (string id, ChartWrite write, StateService state) =>
            ChartDto.From(state.UpdateChart(Unescape(id), VersionOf(write.Version), new ChartDraft(write.Name, write.Type, write.Encoding)))).WithName("UpdateChart");
        charts.MapDelete("/{id}", (string id, long? version, StateService state) =>
        {
            state.DeleteChart(Unescape(id), VersionOf(version));
            return TypedResults.NoContent();
        }).WithName("DeleteChart");

        app.MapGet("/api/export", (StateService state) => TypedResults.Text(state.ExportToml(), "application/toml"))
            .WithName("ExportState").WithTags("Reports");
        return app;
    }

    private static SliceDraft Draft(SliceWrite write)
    {
        var filter = write.Filter ?? (write.Predicate is { } tree ? FilterFormatter.Format(tree.ToPredicate())
            : throw new WireException("a slice needs a 'filter' (filter-language text) or a 'predicate' (tree)"));
        return new SliceDraft(write.Name, filter, write.FolderId);
    }

    private static long VersionOf(long? version) =>
        version ?? throw new WireException("send the 'version' you edited (from the object you read), so a concurrent change is not overwritten");

    // Config ids hold the slice's name, which clients escape; ASP.NET leaves an escaped '/' escaped in route values.
    private static string Unescape(string id) => Uri.UnescapeDataString(id);
}
