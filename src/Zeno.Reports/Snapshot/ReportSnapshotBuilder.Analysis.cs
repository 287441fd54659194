using Zeno.Core.State;

namespace Zeno.Reports.Snapshot;

// The Analysis page's slice table: any slices, one metric, one transform.
public sealed partial class ReportSnapshotBuilder
{
    /// <summary>
    /// One row per slice (<paramref name="sliceIds"/> in order, or "All instances" and every slice when null): its
    /// name, folder and filter, the metric's value and the slice's size per model, and the trend with its markers.
    /// </summary>
    /// <exception cref="UnknownNameException">The metric or transform is not the project's.</exception>
    /// <exception cref="StateNotFoundException">A slice id names no slice.</exception>
    public AnalysisTable Table(IReadOnlyList<string>? sliceIds, string metric, string? transform)
    {
        var metrics = _context.Config.Metrics.Select(m => m.Name).ToList();
        if (!metrics.Contains(metric, StringComparer.Ordinal))
            throw new UnknownNameException("metric", metric, metrics, "the project");
        var transforms = _context.Functions.Transforms.Keys.Order(StringComparer.Ordinal).ToList();
        if (!string.IsNullOrEmpty(transform) && !transforms.Contains(transform, StringComparer.Ordinal))
            throw new UnknownNameException("transform", transform, transforms, "the project");
        var specs = sliceIds is null ? SliceSpecs.Every(_state) : SliceSpecs.FromIds(_state, sliceIds);
        var notes = new ReportNotes();
        var rows = new SliceTable(_context, _evaluator, notes).Build(specs, [metric], string.IsNullOrEmpty(transform) ? null : transform);
        return new AnalysisTable(Describe([metric], rows)[0], string.IsNullOrEmpty(transform) ? null : transform, Models, rows, notes.ToList());
    }
}

/// <summary>The Analysis page's table: one row per slice, one column per model in config order.</summary>
/// <param name="Metric">The metric shown, with its direction and whether it reads as a percentage.</param>
/// <param name="Transform">The transform it is computed under; null for the original instances.</param>
/// <param name="Models">Every model in config order: the columns, and the sparklines' x axis.</param>
/// <param name="Rows">One per slice, with value and size per model and the trend with its markers.</param>
/// <param name="Notes">Values that could not be computed, and why.</param>
public sealed record AnalysisTable(SnapshotMetric Metric, string? Transform, IReadOnlyList<string> Models, IReadOnlyList<SnapshotSlice> Rows, IReadOnlyList<string> Notes);
