using Zeno.Core.Errors;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;

namespace Zeno.Reports.Snapshot;

/// <summary>
/// The cells of a heat map of slice × slice for one model: the metric on the instances in both slices (A ∧ B),
/// computed in SQL by <see cref="MetricEvaluator"/> on the AND of the two filters. The matrix is symmetric, so each
/// pair is computed once; the diagonal is the slice itself.
/// </summary>
internal sealed class HeatmapIntersections(EvaluationContext context, MetricEvaluator evaluator, ReportNotes notes)
{
    /// <summary>Slices beyond this many are left out: n slices cost n(n+1)/2 queries.</summary>
    public const int MaxSlices = 30;

    public IReadOnlyList<SnapshotIntersection> Compute(IReadOnlyList<SliceSpec> slices, string? model, string? metricName, string? transform)
    {
        var metric = context.Config.Metrics.FirstOrDefault(m => m.Name == metricName);
        var present = slices.Where(slice => !slice.Missing).ToList();
        if (metric is null || model is null || present.Count == 0)
            return [];
        if (present.Count > MaxSlices)
        {
            notes.Add($"the heat map shows the first {MaxSlices} of the report's {present.Count} slices");
            present = present.Take(MaxSlices).ToList();
        }
        var cells = new List<SnapshotIntersection>();
        for (var i = 0; i < present.Count; i++)
        {
            for (var j = i; j < present.Count; j++)
            {
                var (a, b) = (present[i], present[j]);
                var (value, size) = Evaluate(Both(a.Filter, b.Filter), model, metric, transform, a.Name, b.Name);
                cells.Add(new SnapshotIntersection(a.Name, b.Name, value, size));
                if (i != j)
                    cells.Add(new SnapshotIntersection(b.Name, a.Name, value, size));
            }
        }
        return cells;
    }

    private (double? Value, long Size) Evaluate(Predicate? filter, string model, Zeno.Core.Config.MetricConfig metric, string? transform, string a, string b)
    {
        try
        {
            var result = evaluator.Evaluate(filter, model, transform, metric);
            return (result.Value, result.Size);
        }
        catch (ZenoException e)
        {
            notes.Add($"the heat map cell '{a}' ∧ '{b}' could not be computed: {e.Message}");
            return (null, 0);
        }
    }

    // "All instances" has no filter: its intersection with a slice is the slice.
    private static Predicate? Both(Predicate? a, Predicate? b) =>
        a is null ? b : b is null || ReferenceEquals(a, b) ? a : Group.And(a, b);
}
