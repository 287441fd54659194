using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Trends;
using Zeno.Server.Hosting;
using Zeno.Server.Wire;

namespace Zeno.Server.Endpoints;

/// <summary>A metric across the models in config order, per slice: values, slope, significance, regression and volatility.</summary>
internal static class TrendEndpoints
{
    private const int MaxSlices = 200;

    public static IEndpointRouteBuilder MapTrends(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/trends", (TrendsRequest request, ProjectQueries queries) =>
        {
            if (request.Slices is null || request.Slices.Count > MaxSlices)
                throw new WireException($"send between 0 and {MaxSlices} slices per request");
            var context = queries.Context();
            var metric = queries.Metric(request.Metric);
            var transform = queries.Transform(request.Transform);
            using var evaluator = new MetricEvaluator(context);
            var trends = new TrendEvaluator(context, evaluator);
            return request.Slices.Select(slice => trends.Evaluate(queries.Resolve(slice), metric, transform)).ToList();
        }).WithName("GetTrends").WithTags("Query").AsQuery();
        return app;
    }
}
