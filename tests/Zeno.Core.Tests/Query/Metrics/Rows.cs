using Zeno.Core.Config;
using Zeno.Core.Errors;
using Zeno.Core.Query.Metrics;

namespace Zeno.Core.Tests.Query.Metrics;

/// <summary>
/// Computes sufficient statistics from rows with LINQ: the reference for what the engine's SQL must produce, so the tests
/// read as rows (label, output) rather than as pre-counted tallies.
/// </summary>
internal static class Rows
{
    public static ClassCounts Classes(params (string Label, string Output)[] rows)
    {
        var classes = rows.SelectMany(r => new[] { r.Label, r.Output }).Distinct().Order(StringComparer.Ordinal);
        return new ClassCounts(rows.Length, [.. classes.Select(c => new ClassTally(
            c,
            TruePositives: rows.Count(r => r.Label == c && r.Output == c),
            Predicted: rows.Count(r => r.Output == c),
            Actual: rows.Count(r => r.Label == c)))]);
    }

    /// <summary>Rows from two parallel strings of one-character classes: <c>Classes("aab", "abb")</c>.</summary>
    public static ClassCounts Classes(string labels, string outputs) =>
        Classes([.. labels.Zip(outputs, (l, o) => (l.ToString(), o.ToString()))]);

    public static RegressionSums Regression(params (double Label, double Output)[] rows) =>
        new(rows.Length, rows.Sum(r => Math.Abs(r.Output - r.Label)), rows.Sum(r => (r.Output - r.Label) * (r.Output - r.Label)));

    public static MetricConfig Metric(BuiltInMetric type, string? positive = null, string? average = null) =>
        new(type.ToString().ToLowerInvariant(), new SourceLocation("zeno.toml", 7)) { Type = type, Positive = positive, Average = average };

    public static double? Compute(BuiltInMetric type, MetricStatistics stats, string? positive = null, string? average = null) =>
        MetricMath.Compute(Metric(type, positive, average), stats);
}
