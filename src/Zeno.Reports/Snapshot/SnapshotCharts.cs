using Zeno.Core.State;
using Zeno.Reports.Charts;

namespace Zeno.Reports.Snapshot;

/// <summary>Turns a snapshot's chart into the <see cref="ChartData"/> the painter draws: the snapshot's cube, its held values and intersections.</summary>
public static class SnapshotCharts
{
    /// <summary>The data of <paramref name="chart"/>, one of <paramref name="snapshot"/>'s charts (or one built with other held values).</summary>
    public static ChartData ToChartData(ReportSnapshot snapshot, SnapshotChart chart)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(chart);
        // Slices that no longer exist have no values; a chart would only draw gaps for them.
        var slices = snapshot.Slices.Where(slice => !slice.Missing).ToList();
        var metrics = snapshot.Metrics.Select(m => m.Name).ToList();
        var values = new Dictionary<(string Slice, string Model, string Metric), double?>();
        foreach (var slice in slices)
            foreach (var model in snapshot.Models)
                foreach (var metric in metrics)
                    values[(slice.Name, model, metric)] = slice.Value(model, metric);
        var held = new Dictionary<ChartDimension, string>();
        if (chart.Held.Slice is { } s) held[ChartDimension.Slices] = s;
        if (chart.Held.Model is { } m) held[ChartDimension.Models] = m;
        if (chart.Held.Metric is { } k) held[ChartDimension.Metrics] = k;
        var intersections = chart.Intersections?.ToDictionary(cell => (cell.Row, cell.Column), cell => (cell.Value, cell.Size));
        // Percentages only when every metric the chart can show reads as one; a mixed chart shows plain numbers.
        var shown = chart.Held.Metric is { } heldMetric ? snapshot.Metrics.Where(x => x.Name == heldMetric) : snapshot.Metrics;
        var percent = shown.Any() && shown.All(x => x.Percent);
        return new ChartData(chart.Name, chart.Type, chart.Encoding, [.. slices.Select(slice => slice.Name)], snapshot.Models, metrics,
            values, held, intersections, percent);
    }
}
