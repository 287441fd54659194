using System.Globalization;
using Zeno.Core.Errors;

namespace Zeno.Core.Config;

// [[metrics]]: a built-in metric with the options its type takes, or the name of a [Metric] function.
public static partial class ConfigLoader
{
    private static IReadOnlyList<MetricConfig> ReadMetrics(ConfigSection top)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var metrics = new List<MetricConfig>();
        foreach (var section in top.TableArray("metrics"))
        {
            section.RejectUnknownKeys(ConfigKeys.Metric);
            var name = ReadUniqueName(section, seen, "metric");
            var typeName = section.String("type");
            BuiltInMetric? type = null;
            if (typeName is not null)
            {
                type = ConfigKeys.MetricTypes.TryGetValue(typeName, out var builtIn)
                    ? builtIn
                    : throw section.ValueError(section.Find("type")!, UnknownWord("metric type", typeName, ConfigKeys.MetricTypes.Keys.ToList()));
            }
            RejectInapplicableOptions(section, type, typeName);
            var metric = new MetricConfig(name, section.Location)
            {
                Type = type,
                Positive = ReadPositive(section),
                Average = section.String("average"),
                Column = section.String("column"),
            };
            metrics.Add(type switch
            {
                BuiltInMetric.Precision or BuiltInMetric.Recall or BuiltInMetric.F1 => CheckAveraging(section, metric, typeName!),
                BuiltInMetric.Mean when metric.Column is null => throw section.Missing("column", "mean needs the column it averages, e.g. column = \"length\""),
                _ => metric,
            });
        }
        return metrics;
    }

    /// <summary>Options that exist but not for this type (e.g. <c>column</c> on accuracy) are mistakes, not silently ignored.</summary>
    private static void RejectInapplicableOptions(ConfigSection section, BuiltInMetric? type, string? typeName)
    {
        var options = ConfigKeys.MetricOptions(type);
        foreach (var key in ConfigKeys.Metric.Except(["name", "type"]).Except(options))
        {
            if (section.Find(key) is not { } member)
            {
                continue;
            }
            var takers = ConfigKeys.MetricTypes.Where(t => ConfigKeys.MetricOptions(t.Value).Contains(key)).Select(t => t.Key);
            var thisOne = type is null
                ? "this metric has no type, so it names a [Metric] function, which takes no options"
                : $"this metric is of type '{typeName}'";
            throw section.KeyError(member, $"'{key}' applies only to metrics of type {string.Join(", ", takers)}; {thisOne}");
        }
    }

    /// <summary>
    /// Binary precision/recall/F1 need to know which class is positive; macro averaging needs no class. Asking for
    /// one or the other here beats a metric that quietly means something the user did not intend.
    /// </summary>
    private static MetricConfig CheckAveraging(ConfigSection section, MetricConfig metric, string typeName)
    {
        if (metric.Average is not null && !ConfigKeys.Averages.Contains(metric.Average))
        {
            throw section.ValueError(section.Find("average")!, UnknownWord("average", metric.Average, ConfigKeys.Averages));
        }
        if (metric.Average == "macro" && metric.Positive is not null)
        {
            throw section.KeyError(section.Find("positive")!, "contradicts average = \"macro\", which averages over every class; remove one of the two");
        }
        if (metric.Average != "macro" && metric.Positive is null)
        {
            throw section.Missing("positive", $"{typeName} needs the positive class: add positive = \"...\" for binary {typeName}, or average = \"macro\" to average over all classes");
        }
        return metric with { Average = metric.Average ?? "binary" };
    }

    /// <summary>Labels are compared as text, so a positive class written as a number or boolean is taken in its TOML spelling.</summary>
    private static string? ReadPositive(ConfigSection section)
    {
        if (section.Find("positive") is not { } member)
        {
            return null;
        }
        return member.Value.Raw switch
        {
            string => section.String("positive"),
            long number => number.ToString(CultureInfo.InvariantCulture),
            double number => number.ToString(CultureInfo.InvariantCulture),
            bool flag => flag ? "true" : "false",
            _ => throw section.ValueError(member, $"expected the positive class as a string, found {ConfigSection.Found(member.Value)}"),
        };
    }
}
