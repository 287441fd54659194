using System.Globalization;
using System.Text;

namespace Zeno.Bench.Results;

/// <summary>The tables of bench/README.md: the targets with their verdicts, then every measure at every size.</summary>
internal static class MarkdownReport
{
    public const string Start = "<!-- bench:results:start -->";
    public const string End = "<!-- bench:results:end -->";

    public static string Tables(BenchResults results, string resultsFile)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Run of {results.Date}{(results.Commit is null ? "" : $" at commit `{results.Commit}`")}, {results.Machine}; "
            + $"the whole run took {Duration(results.TotalSeconds * 1000)}. Raw samples: [`{resultsFile}`]({resultsFile}).");
        text.AppendLine("Times are medians; a ratio above 1 means Zeno takes less time (or memory) than that baseline.");
        text.AppendLine();
        text.AppendLine("### Targets");
        text.AppendLine();
        text.AppendLine("| # | measure | target | at | Zeno | pandas | DuckDB direct | pandas ÷ Zeno | DuckDB ÷ Zeno | verdict |");
        text.AppendLine("|---|---|---|---|---:|---:|---:|---:|---:|---|");
        foreach (var target in Targets.All)
        {
            var size = results.Sizes.FirstOrDefault(s => s.Label == target.Size);
            var shown = size ?? results.Sizes.LastOrDefault(s => s.Measures.ContainsKey(target.Measure));
            var values = shown?.Measures.GetValueOrDefault(target.Measure);
            var verdict = size is null
                ? (values?.Zeno is null ? target.NotMeasured ?? "not measured" : $"— ({target.Size} not run)")
                : Targets.Verdict(target, values);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {target.Number} | {target.Title} | {target.Goal} | {shown?.Label ?? target.Size} | {Value(values?.Zeno, values)} | {Value(values?.Pandas, values)} | {Value(values?.DuckDb, values)} | {Ratio(values, values?.Pandas)} | {Ratio(values, values?.DuckDb)} | {verdict} |");
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"| 2b | Brushing frame in the page: 10M ÷ 1M | ≤ 1.5 | 10M/1M | {Scaling(results, "brush_ui")} | | | | | {ScalingVerdict(results, "brush_ui")} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| 2c | Brushing frame without the index: 10M ÷ 1M | — (comparison) | 10M/1M | {Scaling(results, "brush_frame")} | | | | | — |");
        foreach (var size in results.Sizes)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"### {size.Label} rows ({size.Rows:N0})");
            text.AppendLine();
            text.AppendLine("| measure | Zeno | pandas | DuckDB direct | pandas ÷ Zeno | DuckDB ÷ Zeno |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var (id, values) in size.Measures)
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {Title(id)} | {Value(values.Zeno, values)} | {Value(values.Pandas, values)} | {Value(values.DuckDb, values)} | {Ratio(values, values.Pandas)} | {Ratio(values, values.DuckDb)} |");
            text.AppendLine();
            text.AppendLine("Engines: " + string.Join("; ", size.Engines.Select(e => $"{e.Key}: {e.Value}")) + ".");
            foreach (var note in size.Notes)
                text.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
            text.AppendLine(size.Disagreements.Count == 0
                ? "- Every baseline gave the same answers as Zeno (every bar's count, selection sizes and accuracies, the slice table, the page)."
                : "- **Answers differ:** " + string.Join("; ", size.Disagreements));
        }
        return text.ToString();
    }

    /// <summary>Replaces the tables between the markers of the README, leaving the rest as written.</summary>
    public static void Update(string readme, string tables)
    {
        var text = File.ReadAllText(readme);
        var (start, end) = (text.IndexOf(Start, StringComparison.Ordinal), text.IndexOf(End, StringComparison.Ordinal));
        if (start < 0 || end < start)
            throw new InvalidOperationException($"{readme} has no {Start} … {End} markers");
        File.WriteAllText(readme, text[..(start + Start.Length)] + "\n" + tables + text[end..]);
    }

    private static string Title(string id) => Targets.All.FirstOrDefault(t => t.Measure == id)?.Title ?? id switch
    {
        "filter_histograms" => "… of which the histograms request alone",
        "filter_metrics" => "… of which the metrics request alone (the selection's and the overall accuracy)",
        "first_histograms" => "First charts after the server starts (builds the index's codes)",
        "brush_prepare" => "Brushing in Chromium: prefix sums over a new index (once per brush)",
        "brush_browser" => "Brushing in Chromium: a frame's arithmetic alone (every chart's bars from the prefix sums)",
        "brush_ui_index" => "Brushing in the page: from pressing the mouse until the brushing index has arrived",
        "warm_start_ui" => "Warm start until the first screen's charts and metric are answered",
        "open" => "First open of a new project until the charts are answered (baselines: loading the data)",
        "distill_run" => "`zeno run` computing the distill",
        "distill_cached" => "`zeno run` with everything cached",
        _ => id,
    };

    private static string Value(EngineResult? result, MeasureValues? values) => result is null ? "–"
        : values?.Unit == "bytes" ? Bytes(result.Median) : Duration(result.Median);

    private static string Duration(double ms) => ms switch
    {
        < 10 => ms.ToString("0.00", CultureInfo.InvariantCulture) + " ms",
        < 1000 => ms.ToString("0", CultureInfo.InvariantCulture) + " ms",
        < 60_000 => (ms / 1000).ToString("0.00", CultureInfo.InvariantCulture) + " s",
        _ => $"{(int)(ms / 60_000)} min {(ms % 60_000 / 1000).ToString("0", CultureInfo.InvariantCulture)} s",
    };

    private static string Bytes(double bytes) => bytes >= 1e9
        ? (bytes / 1e9).ToString("0.00", CultureInfo.InvariantCulture) + " GB"
        : (bytes / 1e6).ToString("0", CultureInfo.InvariantCulture) + " MB";

    // How many times less time (or memory) Zeno takes than the baseline: above 1 Zeno is ahead.
    private static string Ratio(MeasureValues? values, EngineResult? baseline) =>
        values?.Zeno is { } zeno && baseline is not null && zeno.Median > 0
            ? (baseline.Median / zeno.Median).ToString(baseline.Median / zeno.Median >= 10 ? "0" : "0.00", CultureInfo.InvariantCulture) + "×"
            : "–";

    private static double? ScalingValue(BenchResults results, string measure)
    {
        double? Frame(string label) => results.Sizes.FirstOrDefault(s => s.Label == label)?.Measures.GetValueOrDefault(measure)?.Zeno?.Median;
        return Frame("10M") is { } big && Frame("1M") is { } small ? big / small : null;
    }

    private static string Scaling(BenchResults results, string measure) =>
        ScalingValue(results, measure) is { } ratio ? ratio.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    private static string ScalingVerdict(BenchResults results, string measure) => ScalingValue(results, measure) switch
    {
        null => "not measured: needs 1M and 10M",
        <= 1.5 => "pass",
        _ => "**FAIL** (grows with rows)",
    };
}
