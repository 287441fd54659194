using System.Text.Json.Nodes;

namespace Zeno.Bench.Workload;

/// <summary>
/// One chart's buckets as Zeno laid them out (read from its first histograms answer), so the baselines count exactly
/// the same bars: numeric or time bins cut at the same inner edges, the same top values with the rest as "other",
/// and "missing".
/// </summary>
/// <param name="Column">The chart's column as Zeno names it ("output" for the model's output).</param>
/// <param name="DataColumn">The column of the data file it reads.</param>
/// <param name="Kind">"range", "time" or "values".</param>
/// <param name="Edges">For range and time: the inner edges (numbers, or ISO times), bin i = how many edges the value is not below.</param>
/// <param name="Labels">For range and time: each bin's label; for values: the values' labels.</param>
internal sealed record ChartLayout(string Column, string DataColumn, string Kind,
    IReadOnlyList<JsonNode?> Edges, IReadOnlyList<string> Labels)
{
    public static ChartLayout From(JsonNode chart, Func<string, string> dataColumn)
    {
        var column = (string)chart["column"]!;
        var buckets = chart["buckets"]!.AsArray().Where(b => (string?)b!["kind"] is not ("missing" or "other")).ToList();
        var kind = (string?)buckets.FirstOrDefault()?["kind"] switch
        {
            "range" => "range",
            "time" => "time",
            _ => "values",
        };
        List<JsonNode?> edges = kind switch
        {
            "range" => [.. buckets.Skip(1).Select(b => b!["low"]!.DeepClone())],
            "time" => [.. buckets.Skip(1).Select(b => b!["start"]!.DeepClone())],
            _ => [],
        };
        return new ChartLayout(column, dataColumn(column), kind, edges, [.. buckets.Select(b => (string)b!["label"]!)]);
    }

    /// <summary>The filtered count of every bar of a Zeno chart, by label ("other" and "missing" included).</summary>
    public static Dictionary<string, long> Counts(JsonNode chart) =>
        chart["buckets"]!.AsArray().ToDictionary(b => (string?)b!["kind"] is "missing" ? "missing" : (string?)b["kind"] is "other" ? "other" : (string)b["label"]!,
            b => (long)b!["filtered"]!);
}
