using System.Text.Json.Nodes;
using Zeno.Bench.Baselines;
using Zeno.Bench.Generate;
using Zeno.Bench.Workload;
using Zeno.Bench.Zeno;

namespace Zeno.Bench.Measures;

/// <summary>Zeno's timings and answers for measures 1–4, and the chart layouts the baselines then count into.</summary>
/// <param name="Measures">Timings by measure id.</param>
/// <param name="Answers">What Zeno answered, to check the baselines against.</param>
/// <param name="Charts">The charts' layouts, for the baselines to count into.</param>
/// <param name="BrushIndex">The brush index of the brush frames' scenario (JSON), for the browser measure; null without the fast path.</param>
/// <param name="BrushIndexMissing">Why there is no brush index, when there is none.</param>
internal sealed record ZenoRun(IReadOnlyDictionary<string, Samples> Measures, Answers Answers, IReadOnlyList<ChartLayout> Charts, string? BrushIndex,
    string? BrushIndexMissing);

/// <summary>Measures 1–4 through the HTTP API of a running `zeno serve`, with the requests the UI sends.</summary>
internal static class ZenoMeasures
{
    public static async Task<ZenoRun> RunAsync(ZenoApi api, RepeatPolicy policy, RepeatPolicy slowPolicy, Action<string> log)
    {
        var columns = await api.ChartedColumnsAsync();
        // The first charts after a start also build the index's codes (with the fast path): timed on its own.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var first = await api.HistogramsAsync(columns, []);
        var measures = new Dictionary<string, Samples> { ["first_histograms"] = new([clock.Elapsed.TotalMilliseconds]) };
        var charts = first["charts"]!.AsArray().Select(chart => ChartLayout.From(chart!, DataColumn)).ToList();

        log("  zeno: filter changes");
        var (filter, filterAnswers) = await Timing.MeasureAsync([.. BenchWorkload.FilterStates.Select(state => (Func<Task<SelectionAnswer>>)(async () =>
        {
            // The metadata panel and the selection bar ask at the same time, as the UI's coordinator does.
            var histograms = api.HistogramsAsync(columns, state);
            var metric = api.SelectionMetricAsync(state);
            return Answer(await histograms, (await metric)[0]);
        }))], policy);
        measures["filter"] = filter;
        // The two requests of a filter change alone, to see which one the user waits for.
        measures["filter_histograms"] = (await Timing.MeasureAsync([.. BenchWorkload.FilterStates.Select(state => (Func<Task<JsonNode>>)(() =>
            api.HistogramsAsync(columns, state)))], policy)).Samples;
        measures["filter_metrics"] = (await Timing.MeasureAsync([.. BenchWorkload.FilterStates.Select(state => (Func<Task<JsonNode>>)(() =>
            api.SelectionMetricAsync(state)))], policy)).Samples;

        log("  zeno: filter change with bars coloured by accuracy");
        measures["filter_metric"] = (await Timing.MeasureAsync(() => api.HistogramsAsync(columns, BenchWorkload.FilterStates[1], "accuracy"), slowPolicy)).Samples;

        log("  zeno: brush frames (one request per frame)");
        var (brush, brushAnswers) = await Timing.MeasureAsync([.. BenchWorkload.BrushFrames.Select(frame => (Func<Task<SelectionAnswer>>)(async () =>
            Answer(await api.HistogramsAsync(columns, frame), null)))], policy);
        measures["brush_frame"] = brush;

        log("  zeno: slice × model table");
        var (slices, sliceAnswers) = await Timing.MeasureAsync(() => api.TrendsAsync(BenchWorkload.Slices), policy);
        measures["slices"] = slices;

        log("  zeno: sorted page of rows");
        var (rows, rowAnswers) = await Timing.MeasureAsync(() => api.RowsAsync(BenchWorkload.Rows), policy);
        measures["rows"] = rows;

        var (brushIndex, missing) = await BrushIndexAsync(api, columns, measures, policy, log);
        var page = rowAnswers[0]["rows"]!.AsArray();
        var answers = new Answers(filterAnswers, brushAnswers, SliceAnswers(sliceAnswers[0]),
            [.. page.Select(row => row![Schema.Id]!.ToJsonString().Trim('"'))],
            [.. page.Select(row => (double?)row![BenchWorkload.Rows.Sort])]);
        return new ZenoRun(measures, answers, charts, brushIndex, missing);
    }

    // Starting a brush on the income chart under each filter state (its own income clause is what the brush replaces).
    private static async Task<(string? Index, string? Missing)> BrushIndexAsync(ZenoApi api, List<string> columns, Dictionary<string, Samples> measures,
        RepeatPolicy policy, Action<string> log)
    {
        if (!await api.HasPathAsync("/api/histograms/brush-index"))
            return (null, "not measured: fast path not merged");
        log("  zeno: brush index builds");
        var (samples, indexes) = await Timing.MeasureAsync([.. BenchWorkload.FilterStates.Select(state => (Func<Task<string?>>)(() =>
            api.BrushIndexAsync(columns, state, BenchWorkload.BrushedColumn)))], policy);
        // The brush frames' scenario: "mobile" selected, income brushed.
        var index = await api.BrushIndexAsync(columns, BenchWorkload.BrushFrames[0], BenchWorkload.BrushedColumn);
        if (indexes.Any(i => i is null) || index is null)
            return (null, "not measured: the server had no brush index for these charts (204)");
        measures["brush_index"] = samples;
        return (index, null);
    }

    private static string DataColumn(string column) => column == "output" ? Schema.Latest.Column : column;

    private static SelectionAnswer Answer(JsonNode histograms, JsonNode? metric) => new(
        histograms["charts"]!.AsArray().ToDictionary(chart => (string)chart!["column"]!, chart => (IReadOnlyDictionary<string, long>)ChartLayout.Counts(chart!)),
        metric is null ? (long)histograms["filtered"]! : (long)metric["size"]!,
        metric is null ? null : (double?)metric["value"]);

    private static List<SliceAnswer> SliceAnswers(JsonNode trends) =>
        [.. trends.AsArray().Select(trend => new SliceAnswer((long)trend!["sizes"]![0]!,
            [.. trend["statistics"]!["values"]!.AsArray().Select(value => (double?)value)]))];
}
