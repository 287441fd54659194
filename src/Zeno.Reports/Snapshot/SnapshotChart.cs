using Zeno.Core.State;

namespace Zeno.Reports.Snapshot;

/// <summary>A chart of a report: how it draws, and the values it holds fixed. Its numbers are the snapshot's slices.</summary>
/// <param name="Id">The chart's id.</param>
/// <param name="Name">Its title.</param>
/// <param name="Type">Bar, line, table, beeswarm, radar or heat map.</param>
/// <param name="Encoding">Which dimension goes on x, colour and facet.</param>
/// <param name="Held">The one slice, model or metric shown for each dimension on no channel.</param>
/// <param name="Intersections">Heat map only: the held metric for the held model on every pair of slices (A ∧ B).</param>
public sealed record SnapshotChart(
    string Id, string Name, ChartType Type, ChartEncoding Encoding, ChartHeld Held, IReadOnlyList<SnapshotIntersection>? Intersections);

/// <summary>The values a chart holds fixed; null for a dimension that is on a channel (it shows all its values).</summary>
/// <param name="Slice">The slice shown when slices are on no channel.</param>
/// <param name="Model">The model shown when models are on no channel (always set for a heat map).</param>
/// <param name="Metric">The metric shown when metrics are on no channel (always set for a heat map).</param>
public sealed record ChartHeld(string? Slice, string? Model, string? Metric);

/// <summary>The metric on the instances in both of two slices, for a heat map cell.</summary>
/// <param name="Row">The row's slice name.</param>
/// <param name="Column">The column's slice name.</param>
/// <param name="Value">The metric on (row ∧ column); null when undefined (e.g. no instance is in both).</param>
/// <param name="Size">Instances in both slices.</param>
public sealed record SnapshotIntersection(string Row, string Column, double? Value, long Size);
