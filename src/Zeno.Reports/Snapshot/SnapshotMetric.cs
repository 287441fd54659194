using Zeno.Core.Query.Trends;

namespace Zeno.Reports.Snapshot;

/// <summary>A metric of a report: how it is computed, which way is better, and how its values read.</summary>
/// <param name="Name">Its name in zeno.toml.</param>
/// <param name="Type">The built-in type ("accuracy", "mae", ...), "function" for a [Metric] function, or "unknown" when it left zeno.toml.</param>
/// <param name="Direction">Which way it improves, which decides what counts as a regression.</param>
/// <param name="Percent">True when its values are fractions shown as percentages (accuracy 0.93 reads "93.0%").</param>
public sealed record SnapshotMetric(string Name, string Type, MetricDirection Direction, bool Percent);
