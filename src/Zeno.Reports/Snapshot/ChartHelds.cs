using Zeno.Core.State;

namespace Zeno.Reports.Snapshot;

/// <summary>
/// Which slice, model and metric a chart holds fixed: for every dimension on no channel, the requested value or the
/// default — the first slice, the latest model, the first metric. A heat map always holds a model and a metric (its
/// axes are slice × slice). Pure, so the defaults and the checks are tested without a project.
/// </summary>
internal static class ChartHelds
{
    /// <summary>The held values of a chart; <paramref name="requested"/> overrides the defaults where set.</summary>
    /// <exception cref="UnknownNameException">A requested slice, model or metric is not one of the report's.</exception>
    public static ChartHeld Resolve(ChartType type, ChartEncoding encoding, IReadOnlyList<string> slices, IReadOnlyList<string> models,
        IReadOnlyList<string> metrics, ChartHeld? requested, string report)
    {
        ChartDimension?[] channels = [encoding.X, encoding.Color, encoding.Facet];
        bool Held(ChartDimension dimension) => !channels.Contains(dimension)
            || (type == ChartType.Heatmap && dimension != ChartDimension.Slices);
        return new ChartHeld(
            Held(ChartDimension.Slices) ? Pick("slice", requested?.Slice, slices, slices.FirstOrDefault(), report) : null,
            Held(ChartDimension.Models) ? Pick("model", requested?.Model, models, models.LastOrDefault(), report) : null,
            Held(ChartDimension.Metrics) ? Pick("metric", requested?.Metric, metrics, metrics.FirstOrDefault(), report) : null);
    }

    private static string? Pick(string what, string? requested, IReadOnlyList<string> valid, string? fallback, string report)
    {
        if (string.IsNullOrEmpty(requested))
            return fallback;
        return valid.Contains(requested, StringComparer.Ordinal) ? requested : throw new UnknownNameException(what, requested, valid, $"report '{report}'");
    }
}
