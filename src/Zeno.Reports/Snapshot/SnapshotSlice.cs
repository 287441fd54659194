namespace Zeno.Reports.Snapshot;

/// <summary>One row of a report's table: a slice with its size and metric values per model and its trends.</summary>
/// <param name="Id">The slice's id: "all", "config:NAME" (zeno.toml) or a saved slice's id.</param>
/// <param name="Name">Its current name.</param>
/// <param name="Folder">The folder it is shown in, or null.</param>
/// <param name="Filter">Its definition in the filter language; empty for "All instances".</param>
/// <param name="Missing">True when the slice no longer exists (a zeno.toml slice that was removed): no values then.</param>
/// <param name="Cells">One per model in config order: the slice's size and each metric's value (null: undefined).</param>
/// <param name="Trends">One per metric: the values across the models, the fitted trend and its warnings.</param>
public sealed record SnapshotSlice(
    string Id, string Name, string? Folder, string Filter, bool Missing, IReadOnlyList<SnapshotCell> Cells, IReadOnlyList<SnapshotTrend> Trends)
{
    /// <summary>The value of <paramref name="metric"/> for <paramref name="model"/>; null when undefined or unknown.</summary>
    public double? Value(string model, string metric) =>
        Cells.FirstOrDefault(c => c.Model == model)?.Values.GetValueOrDefault(metric);

    /// <summary>The slice's size for <paramref name="model"/>; null when it could not be computed.</summary>
    public long? Size(string model) => Cells.FirstOrDefault(c => c.Model == model)?.Size;

    /// <summary>The trend of <paramref name="metric"/>, if computed.</summary>
    public SnapshotTrend? Trend(string metric) => Trends.FirstOrDefault(t => t.Metric == metric);
}

/// <summary>A slice's size and metric values for one model.</summary>
/// <param name="Model">The model.</param>
/// <param name="Size">Instances in the slice for this model (a slice may read the model's output); null when unknown.</param>
/// <param name="Values">Metric name → value; null where undefined (an empty slice, a zero denominator).</param>
public sealed record SnapshotCell(string Model, long? Size, IReadOnlyDictionary<string, double?> Values);
