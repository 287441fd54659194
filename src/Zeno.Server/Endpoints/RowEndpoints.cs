using Zeno.Core.Query.Rows;
using Zeno.Server.Hosting;
using Zeno.Server.Wire;

namespace Zeno.Server.Endpoints;

/// <summary>Instances for the instance view: pages under a filter, one instance by id, two models side by side.</summary>
internal static class RowEndpoints
{
    public static IEndpointRouteBuilder MapRows(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/rows", (RowsRequest request, ProjectQueries queries) => RowQuery.Page(queries.Context(), new RowPageRequest
        {
            Filter = queries.Resolve(request.Where),
            Model = queries.Model(request.Model),
            Transform = queries.Transform(request.Transform),
            Columns = request.Columns,
            Sort = request.Sort,
            Descending = request.Descending,
            Offset = request.Offset,
            Limit = request.Limit,
            CompareModel = request.CompareModel is null ? null : queries.Model(request.CompareModel),
            OnlyDifferent = request.OnlyDifferent,
        })).WithName("GetRows").WithTags("Query").AsQuery();

        // Ids may hold '/' (file paths): the route takes the rest of the path, and an escaped '/' is unescaped.
        app.MapGet("/api/instances/{**id}", (string id, string? model, string? transform, ProjectQueries queries) =>
            RowQuery.Instance(queries.Context(), Uri.UnescapeDataString(id), queries.Model(model), queries.Transform(transform)) is { } row
                ? Results.Ok(row)
                : Results.Problem(statusCode: 404, title: "Not found", detail: $"no instance has the id '{id}'"))
            .WithName("GetInstance").WithTags("Query");
        return app;
    }
}
