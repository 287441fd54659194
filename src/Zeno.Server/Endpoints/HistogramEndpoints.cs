using Microsoft.AspNetCore.Http.HttpResults;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Search;
using Zeno.Server.Hosting;
using Zeno.Server.Wire;

namespace Zeno.Server.Endpoints;

/// <summary>The metadata panel's charts (cross-filtered) and the text columns' search with snippets and word completions.</summary>
internal static class HistogramEndpoints
{
    public static IEndpointRouteBuilder MapHistograms(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/histograms", (HistogramsRequest request, ProjectQueries queries) =>
        {
            var engine = new HistogramEngine(queries.Context());
            var response = engine.Compute(Request(request, engine, queries));
            return new HistogramsResponse(response.Total, response.Filtered, response.Columns.Select(HistogramDto.From).ToList());
        }).WithName("GetHistograms").WithTags("Query").AsQuery();

        // Falcon-style brushing: the browser fetches this when a brush starts and redraws every chart from it per frame.
        app.MapPost("/api/histograms/brush-index", Results<Ok<BrushIndex>, NoContent> (BrushIndexRequest request, ProjectQueries queries) =>
        {
            var engine = new HistogramEngine(queries.Context());
            var histograms = Request(request, engine, queries);
            var active = request.Active ?? throw new WireException("a brush index needs the 'active' column");
            return engine.Brush(histograms, active) is { } index ? TypedResults.Ok(index) : TypedResults.NoContent();
        }).WithName("GetBrushIndex").WithTags("Query").AsQuery();

        app.MapGet("/api/histograms/index", () => HistogramEngine.IndexStats()).WithName("GetIndexStats").WithTags("Query");

        app.MapPost("/api/search", (SearchRequest request, ProjectQueries queries) =>
        {
            if (request.Snippets is < 0 or > 50)
                throw new WireException("snippets must be between 0 and 50");
            return new TextSearch(queries.Context()).Search(new TextSearchRequest(request.Column, request.Pattern)
            {
                IsRegex = request.Regex,
                CaseSensitive = request.CaseSensitive,
                WholeWord = request.WholeWord,
                Negated = request.Negated,
                Filter = queries.Resolve(request.Where),
                Model = queries.Model(request.Model),
                Transform = queries.Transform(request.Transform),
                Snippets = request.Snippets,
            });
        }).WithName("SearchText").WithTags("Query").AsQuery();

        app.MapPost("/api/search/completions", (CompletionRequest request, ProjectQueries queries) =>
        {
            if (request.Limit is < 1 or > 20)
                throw new WireException("limit must be between 1 and 20");
            return new WordCompletions(queries.Context()).Complete(request.Column, request.Prefix, queries.Resolve(request.Where),
                queries.Model(request.Model), queries.Transform(request.Transform), request.Limit);
        }).WithName("CompleteSearchWord").WithTags("Query").AsQuery();
        return app;
    }

    private static HistogramRequest Request(HistogramsRequest request, HistogramEngine engine, ProjectQueries queries)
    {
        var model = queries.Model(request.Model);
        var transform = queries.Transform(request.Transform);
        var columns = request.Columns ?? engine.Columns(model, transform).Select(column => column.Name).ToList();
        if (request.TopValues is < 1 or > 200 || request.Bins is < 1 or > 200)
            throw new WireException("topValues and bins must be between 1 and 200");
        return new HistogramRequest(columns)
        {
            Filter = queries.Resolve(request.Where),
            Selections = (request.Selections ?? []).Select(Clause).ToList(),
            Model = model,
            Transform = transform,
            Metric = request.Metric is null ? null : queries.Metric(request.Metric),
            TopValues = request.TopValues,
            Bins = request.Bins,
        };
    }

    private static SelectionClause Clause(SelectionWire selection)
    {
        Predicate predicate = selection.Predicate?.ToPredicate()
            ?? (selection.Filter is { } text ? FilterParser.Parse(text) : throw new WireException($"the selection from '{selection.Source}' needs a filter or a predicate"));
        return new SelectionClause(selection.Source ?? throw new WireException("a selection needs its 'source' column"), predicate);
    }
}
