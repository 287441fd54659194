using Zeno.Core.Config;
using Zeno.Core.Query.Tests;

namespace Zeno.Core.State;

/// <summary>
/// The checks of a report draft that need no database: names trimmed, lists without repeats, tests on the report's
/// own slices and metrics (one per pair), expectations in canonical text. Whether the slices exist is checked in the
/// write transaction.
/// </summary>
internal static class ReportChecks
{
    /// <summary>The report the draft describes, without id and version yet.</summary>
    public static Report Check(ReportDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var name = StateNames.Check(draft.Name);
        var sliceIds = Distinct(draft.SliceIds ?? [], "sliceIds", "slice", trim: false);
        var metrics = Distinct(draft.Metrics ?? [], "metrics", "metric", trim: true);
        var transform = string.IsNullOrWhiteSpace(draft.Transform) ? null : draft.Transform.Trim();
        return new Report("", name, sliceIds, metrics, Models(draft.Models ?? TestModels.Latest), transform,
            Tests(draft.Tests ?? [], sliceIds, metrics), 0);
    }

    private static List<string> Distinct(IReadOnlyList<string> items, string field, string what, bool trim)
    {
        var result = new List<string>();
        foreach (var item in items)
        {
            var value = trim ? item?.Trim() : item;
            if (string.IsNullOrEmpty(value))
                throw new StateValidationException(field, $"a {what} cannot be empty");
            if (result.Contains(value, StringComparer.Ordinal))
                throw new StateValidationException(field, $"{what} '{value}' is listed twice");
            result.Add(value);
        }
        return result;
    }

    private static TestModels Models(TestModels models)
    {
        if (models.Kind != TestModelsKind.List)
            return models;
        if (models.Names.Count == 0)
            throw new StateValidationException("models", "lists no models; choose the latest model or all models instead");
        return new TestModels(TestModelsKind.List, Distinct(models.Names, "models", "model", trim: true));
    }

    private static List<ReportTest> Tests(IReadOnlyList<ReportTest> tests, List<string> sliceIds, List<string> metrics)
    {
        var result = new List<ReportTest>();
        for (var i = 0; i < tests.Count; i++)
        {
            var test = tests[i] ?? throw new StateValidationException($"tests[{i}]", "a test cannot be null");
            if (!sliceIds.Contains(test.SliceId, StringComparer.Ordinal))
                throw new StateValidationException($"tests[{i}].sliceId", $"slice '{test.SliceId}' is not one of the report's slices");
            var metric = test.Metric?.Trim() ?? "";
            if (!metrics.Contains(metric, StringComparer.Ordinal))
                throw new StateValidationException($"tests[{i}].metric", $"metric '{metric}' is not one of the report's metrics");
            if (result.Any(t => t.SliceId == test.SliceId && t.Metric == metric))
                throw new StateValidationException($"tests[{i}]", $"the report already tests {metric} on slice '{test.SliceId}'");
            // Canonical text (">= 70%" is kept as ">= 0.7"), so what is stored is exactly what is evaluated.
            result.Add(new ReportTest(test.SliceId, metric, Expectation.Parse(test.Expect ?? "").ToString()));
        }
        return result;
    }
}
