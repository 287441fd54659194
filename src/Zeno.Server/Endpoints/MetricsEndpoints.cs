using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Sql;
using Zeno.Server.Hosting;
using Zeno.Server.Wire;

namespace Zeno.Server.Endpoints;

internal static class MetricsEndpoints
{
    // A batch is evaluated in one context, so every key sees the same columns.
    private const int MaxKeys = 500;

    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/metrics", (MetricsRequest request, ProjectQueries queries, PipelineStatus pipeline) => Evaluate(request, queries, pipeline))
            .WithName("ComputeMetrics").WithTags("Query").AsQuery();
        return app;
    }

    private static IReadOnlyList<MetricValue> Evaluate(MetricsRequest request, ProjectQueries queries, PipelineStatus pipeline)
    {
        if (request.Keys is null || request.Keys.Count > MaxKeys)
            throw new WireException($"send between 0 and {MaxKeys} metric keys per request");
        using var evaluator = new MetricEvaluator(queries.Context());
        var running = !pipeline.Snapshot().Finished;
        return request.Keys.Select(key =>
        {
            try
            {
                var result = evaluator.Evaluate(queries.Resolve(key.Where), queries.Model(key.Model), queries.Transform(key.Transform), queries.Metric(key.Metric));
                return new MetricValue(result.Value, result.Size);
            }
            catch (UnknownColumnException e) when (running)
            {
                // While the pipeline runs, a slice on a distill still being computed is not a mistake: that one key
                // waits, and the rest of the batch (the slice list's other rows) is answered.
                return new MetricValue(null, 0, e.Column);
            }
        }).ToList();
    }
}
