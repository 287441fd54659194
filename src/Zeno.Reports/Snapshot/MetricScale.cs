using Zeno.Core.Config;
using Zeno.Core.Query.Trends;

namespace Zeno.Reports.Snapshot;

/// <summary>How a metric's values read in a report: as a percentage or as a plain number, and its type's name.</summary>
internal static class MetricScale
{
    /// <summary>
    /// The built-in rates are fractions of 1 and read as percentages; WER and CER are not (insertions push them past
    /// 1), nor are counts and errors in the data's units. <c>mean</c> and [Metric] functions read as percentages when
    /// every defined value lies in [0, 1] — a share of booleans, a rate computed by a function.
    /// </summary>
    public static bool IsPercent(MetricConfig? metric, IEnumerable<double?> values) => metric?.Type switch
    {
        BuiltInMetric.Accuracy or BuiltInMetric.ErrorRate or BuiltInMetric.Precision or BuiltInMetric.Recall
            or BuiltInMetric.F1 or BuiltInMetric.ExactMatch => true,
        null or BuiltInMetric.Mean when metric is not null => values.OfType<double>().ToList() is { Count: > 0 } defined && defined.All(v => v is >= 0 and <= 1),
        _ => false,
    };

    /// <summary>A configured metric as a <see cref="SnapshotMetric"/>; an unknown one (left zeno.toml) has type "unknown".</summary>
    public static SnapshotMetric Describe(string name, MetricConfig? metric, IEnumerable<double?> values) =>
        new(name, TypeName(metric), metric is null ? MetricDirection.HigherIsBetter : MetricDirections.Of(metric), IsPercent(metric, values));

    // zeno.toml's spelling: "error_rate", "exact_match"; "function" for a [Metric] function.
    private static string TypeName(MetricConfig? metric) =>
        metric is null ? "unknown"
        : metric.Type is not { } type ? "function"
        : string.Concat(type.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
