using System.Text.Json;
using System.Text.Json.Nodes;
using Zeno.Core.Query.Evaluation;

namespace Zeno.Cli.Output;

/// <summary>
/// The documented JSON of <c>zeno run --json</c>: models, metrics, slices with sizes and values per model, and tests
/// with a value and pass/fail per model. Undefined metrics are null, never 0.
/// </summary>
internal static class ReportJson
{
    public static string Write(EvaluationReport report)
    {
        var slices = new JsonArray();
        foreach (var slice in report.Slices)
        {
            var sizes = new JsonObject();
            var metrics = new JsonObject();
            foreach (var model in report.Models)
            {
                sizes[model] = slice.Sizes[model];
                var values = new JsonObject();
                foreach (var metric in report.Metrics)
                    values[metric] = slice.Values[model][metric];
                metrics[model] = values;
            }
            slices.Add(new JsonObject { ["name"] = slice.Name, ["sizes"] = sizes, ["metrics"] = metrics });
        }
        var tests = new JsonArray();
        foreach (var test in report.Tests.GroupBy(outcome => outcome.Test))
        {
            var first = test.First();
            var results = new JsonObject();
            foreach (var outcome in test)
                results[outcome.Model] = new JsonObject { ["value"] = outcome.Value, ["passed"] = outcome.Passed };
            tests.Add(new JsonObject
            {
                ["name"] = first.Test, ["slice"] = first.Slice, ["metric"] = first.Metric,
                ["expect"] = first.Expectation.ToString(), ["results"] = results,
            });
        }
        var root = new JsonObject
        {
            ["models"] = new JsonArray(report.Models.Select(model => (JsonNode?)model).ToArray()),
            ["metrics"] = new JsonArray(report.Metrics.Select(metric => (JsonNode?)metric).ToArray()),
            ["slices"] = slices,
            ["tests"] = tests,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
