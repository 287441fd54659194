namespace Zeno.Core.Query.Trends;

/// <summary>A slice's metric across the model history: what a sparkline and its warning markers need.</summary>
/// <param name="Metric">The metric's name.</param>
/// <param name="Models">Model names in config order (the x axis).</param>
/// <param name="Sizes">The slice's size per model (a slice may read the model's output).</param>
/// <param name="Statistics">The values, the trend and its flags.</param>
public sealed record MetricTrend(string Metric, IReadOnlyList<string> Models, IReadOnlyList<long> Sizes, TrendStatistics Statistics);
