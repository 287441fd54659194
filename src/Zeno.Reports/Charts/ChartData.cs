using Zeno.Core.State;

namespace Zeno.Reports.Charts;

/// <summary>
/// Everything a report chart draws, as aggregates: the report's slices × models × metrics cube and, for a heat map,
/// the metric on each intersection of two slices. The painter needs nothing else (no store, no rows).
/// </summary>
/// <param name="Title">The chart's name.</param>
/// <param name="Type">How it draws.</param>
/// <param name="Encoding">Which dimension goes on x, colour and facet.</param>
/// <param name="Slices">The report's slice names, in display order.</param>
/// <param name="Models">The report's models, in config (history) order.</param>
/// <param name="Metrics">The report's metric names, in display order.</param>
/// <param name="Values">The metric value per (slice, model, metric); null where undefined (e.g. an empty slice).</param>
/// <param name="Held">For each dimension on no channel, the one value the chart shows (the UI picks it; default: the first, or the latest model).</param>
/// <param name="Intersections">Heat map only: the held metric for the held model on (row slice ∧ column slice), with the intersection's size.</param>
/// <param name="Percent">True when the metric values are fractions that read best as percentages.</param>
public sealed record ChartData(
    string Title,
    ChartType Type,
    ChartEncoding Encoding,
    IReadOnlyList<string> Slices,
    IReadOnlyList<string> Models,
    IReadOnlyList<string> Metrics,
    IReadOnlyDictionary<(string Slice, string Model, string Metric), double?> Values,
    IReadOnlyDictionary<ChartDimension, string> Held,
    IReadOnlyDictionary<(string Row, string Column), (double? Value, long Size)>? Intersections = null,
    bool Percent = true);
