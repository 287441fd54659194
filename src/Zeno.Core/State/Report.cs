using Zeno.Core.Config;

namespace Zeno.Core.State;

/// <summary>A report: slices (by id) × metrics × models, an optional transform, behavioral tests, and charts (kept apart).</summary>
/// <param name="Id">A stable id, e.g. "r_4".</param>
/// <param name="Name">The unique report name.</param>
/// <param name="SliceIds">The slices it holds, in display order: stored ids, config ids or "all".</param>
/// <param name="Metrics">Metric names, in display order.</param>
/// <param name="Models">The models it shows and tests: the latest, all, or a list of names.</param>
/// <param name="Transform">The transform its metrics are computed under, or null for the original instances.</param>
/// <param name="Tests">At most one test per (slice, metric), each on a slice and metric of the report.</param>
/// <param name="Version">Starts at 1 and grows with every change; updates and deletes must name the version they saw.</param>
public sealed record Report(
    string Id, string Name, IReadOnlyList<string> SliceIds, IReadOnlyList<string> Metrics, TestModels Models, string? Transform,
    IReadOnlyList<ReportTest> Tests, long Version) : IStateObject
{
    /// <summary>Equal when every field is; records alone would compare the lists by reference.</summary>
    public bool Equals(Report? other) =>
        other is not null && Id == other.Id && Name == other.Name && Transform == other.Transform && Version == other.Version
        && SliceIds.SequenceEqual(other.SliceIds, StringComparer.Ordinal) && Metrics.SequenceEqual(other.Metrics, StringComparer.Ordinal)
        && Models.Kind == other.Models.Kind && Models.Names.SequenceEqual(other.Models.Names, StringComparer.Ordinal)
        && Tests.SequenceEqual(other.Tests);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version, SliceIds.Count, Tests.Count);
}
