using System.Diagnostics;
using System.Globalization;
using Zeno.Bench.Baselines;
using Zeno.Bench.Generate;
using Zeno.Bench.Measures;
using Zeno.Bench.Results;
using Zeno.Bench.Workload;
using Zeno.Bench.Zeno;

namespace Zeno.Bench;

/// <summary>
/// One bench run: for each table size, generate the data, open it with a real `zeno serve` (timed), measure through
/// the API, run both baselines on the same data and requests, check that everybody answered the same, then write the
/// results file and the README's tables.
/// </summary>
internal static class BenchRunner
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        if (!File.Exists(options.Cli))
            throw new ArgumentException($"{options.Cli} is missing: build the CLI first (dotnet build src/Zeno.Cli -c Release), or use bench/run.sh");
        var clock = Stopwatch.StartNew();
        var started = DateTime.Now;
        var folder = options.ResultsFolder ?? Path.Combine(options.Repo, options.Smoke ? "artifacts/bench/smoke" : options.Quick ? "artifacts/bench" : "bench/results");
        var file = Path.Combine(folder, $"{started.ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture)}{(options.Quick ? "-quick" : "")}.json");
        var sizes = new List<SizeResults>();
        BenchResults results = null!;
        foreach (var rows in options.Sizes)
        {
            try
            {
                sizes.Add(await SizeAsync(options, rows));
            }
            catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException or TimeoutException or System.Text.Json.JsonException)
            {
                // One size failing (a timeout at 10M, say) keeps what the others measured.
                Log($"{BenchOptions.Label(rows)} failed: {e}");
                sizes.Add(new SizeResults(BenchOptions.Label(rows), rows, new Dictionary<string, MeasureValues>(), new Dictionary<string, string>(), [],
                    [$"This size failed: {e.Message.Split('\n')[0]}"]));
            }
            // Written after every size, so a long run that is stopped keeps what it measured.
            results = new BenchResults(started.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), options.Commit, Machine(), options.Quick,
                clock.Elapsed.TotalSeconds, sizes);
            results.Write(file);
        }
        var tables = MarkdownReport.Tables(results, Path.GetRelativePath(Path.GetDirectoryName(options.Readme)!, file));
        Console.WriteLine();
        Console.WriteLine(tables);
        Console.WriteLine($"results: {file}");
        if (options.UpdateReadme)
        {
            MarkdownReport.Update(options.Readme, tables);
            Console.WriteLine($"tables written to {options.Readme}");
        }
        // The harness itself is wrong when an engine answers differently (the timings would compare different work) or
        // when a baseline fails: say so in the exit code, so ./test.sh notices.
        var broken = sizes.SelectMany(size => size.Disagreements.Concat(size.Notes.Where(note => note.Contains("failed", StringComparison.OrdinalIgnoreCase)))).ToList();
        foreach (var problem in broken)
            Console.Error.WriteLine($"bench: {problem}");
        return broken.Count > 0 ? 1 : 0;
    }

    private static async Task<SizeResults> SizeAsync(BenchOptions options, long rows)
    {
        var label = BenchOptions.Label(rows);
        var folder = Path.Combine(options.Work, label);
        var policy = options.Smoke ? RepeatPolicy.Once : options.Quick ? RepeatPolicy.Quick : RepeatPolicy.Full;
        var slow = options.Quick ? RepeatPolicy.Once : new RepeatPolicy(1, 2, 3, 20);
        Log($"== {label} rows");
        var loadBefore = LoadAverage();
        var data = Path.Combine(folder, "data");
        DataGenerator.Ensure(data, rows, options.Seed, csv: options.Python is not null, Log);
        var project = Path.Combine(folder, "project");
        var config = ProjectFiles.WriteMain(project, $"bench-{label}", "../data/data.parquet");
        DeleteCache(project);

        Log("  zeno: first open (import, types, layouts)");
        var openClock = Stopwatch.StartNew();
        double openMs;
        long openPeak;
        await using (var server = await ZenoProcess.StartAsync(options.Cli, config, TimeSpan.FromHours(1)))
        {
            using var api = new ZenoApi(server.Url);
            await api.WaitForPipelineAsync(TimeSpan.FromHours(1));
            await api.HistogramsAsync(await api.ChartedColumnsAsync(), []);
            openMs = openClock.Elapsed.TotalMilliseconds;
            openPeak = server.PeakRssBytes();
        }

        ZenoRun zeno;
        long servingPeak;
        UiFrames? uiFrames;
        var notes = new List<string>();
        await using (var server = await ZenoProcess.StartAsync(options.Cli, config, TimeSpan.FromMinutes(10)))
        {
            using var api = new ZenoApi(server.Url);
            await api.WaitForPipelineAsync(TimeSpan.FromMinutes(10));
            zeno = await ZenoMeasures.RunAsync(api, policy, slow, Log);
            uiFrames = zeno.BrushIndex is null ? null : await BrowserUiFramesAsync(options, folder, server.Url, notes);
            servingPeak = server.PeakRssBytes();
        }

        var browser = zeno.BrushIndex is null ? null : await BrowserFramesAsync(options, folder, zeno.BrushIndex, notes);

        var pipeline = rows == options.PipelineSize && !options.Smoke
            ? await PipelineMeasures.RunAsync(options.Cli, Path.Combine(folder, "distill"), $"bench-{label}-distill", "../data/data.parquet", policy, Log)
            : null;

        var workload = new WorkloadFile(rows, Path.Combine(data, "data.parquet"), Path.Combine(data, "data.csv"), Path.Combine(folder, "direct.duckdb"),
            Schema.Label, [.. Schema.Models.Select(m => new ModelColumn(m.Name, m.Column))], Schema.Latest.Column, zeno.Charts,
            BenchWorkload.FilterStates, BenchWorkload.BrushFrames, BenchWorkload.Slices, BenchWorkload.Rows, pipeline is not null, policy, slow);
        var workloadFile = Path.Combine(folder, "workload.json");
        workload.Write(workloadFile);
        Log("  duckdb: direct baseline");
        var duck = await BaselineAsync("DuckDB", "dotnet", [typeof(BenchRunner).Assembly.Location, "baseline-duckdb", workloadFile, Path.Combine(folder, "duckdb-report.json")], notes);
        Samples? freshWrite = null;
        if (pipeline is not null && duck is not null)
        {
            Log("  duckdb: the direct write in a fresh process");
            freshWrite = await PipelineMeasures.FreshDirectWriteAsync(workload.Database, policy);
        }
        BaselineReport? pandas = null;
        if (options.Python is not null)
        {
            Log("  pandas: baseline");
            pandas = await BaselineAsync("pandas", options.Python, [Path.Combine(options.Repo, "bench/baselines/pandas_baseline.py"), workloadFile, Path.Combine(folder, "pandas-report.json")], notes);
        }
        else
            notes.Add($"pandas baseline not run: {options.PandasMissing ?? "no python3 with pandas"}.");

        // Other work on the machine slows every engine: the load average says how busy it was (2 cores: 2 is full).
        notes.Add($"Load average (1 min) when this size started: {loadBefore}; when it ended: {LoadAverage()}.");
        if (zeno.BrushIndexMissing is { } missing)
            notes.Add($"Brushing index and browser frame: {missing}.");
        return Assemble(label, rows, zeno, browser, uiFrames, pipeline, freshWrite, duck, pandas, openMs, openPeak, servingPeak, notes);
    }

    private static SizeResults Assemble(string label, long rows, ZenoRun zeno, BrowserFrames? browser, UiFrames? uiFrames, PipelineRun? pipeline, Samples? freshWrite, BaselineReport? duck,
        BaselineReport? pandas,
        double openMs, long openPeak, long servingPeak, List<string> notes)
    {
        MeasureValues Timed(string id) => new(EngineResult.Of(zeno.Measures.GetValueOrDefault(id)?.Ms), EngineResult.Of(pandas?.Measures.GetValueOrDefault(id)),
            EngineResult.Of(duck?.Measures.GetValueOrDefault(id)));
        var measures = new Dictionary<string, MeasureValues>
        {
            ["filter"] = Timed("filter"),
            ["filter_histograms"] = Timed("filter_histograms"),
            ["filter_metrics"] = Timed("filter_metrics"),
            ["filter_metric"] = Timed("filter_metric"),
            ["brush_frame"] = Timed("brush_frame") with
            {
                Pandas = EngineResult.Of(pandas?.Measures.GetValueOrDefault("brush")),
                DuckDb = EngineResult.Of(duck?.Measures.GetValueOrDefault("brush")),
            },
        };
        if (zeno.Measures.ContainsKey("brush_index"))
            measures["brush_index"] = Timed("brush_index");
        if (uiFrames is not null)
        {
            // The whole frame of the real page against the baselines' own brushing: recomputing every chart per frame.
            measures["brush_ui"] = new(EngineResult.Of(uiFrames.FrameMs), EngineResult.Of(pandas?.Measures.GetValueOrDefault("brush")),
                EngineResult.Of(duck?.Measures.GetValueOrDefault("brush")));
            measures["brush_ui_index"] = new(EngineResult.One(uiFrames.IndexMs), null, null);
            if (uiFrames.RequestsWhileDragging.Count > 0)
                notes.Add($"Brushing in the page failed to stay local: it asked the server {uiFrames.RequestsWhileDragging.Count} time(s) while dragging ({string.Join(", ", uiFrames.RequestsWhileDragging.Distinct())}).");
            if (uiFrames.ChangedFrames == 0)
                notes.Add("Brushing in the page failed: no pointer move changed the other charts.");
            notes.Add($"Brushing in the page: {uiFrames.ChangedFrames} of {uiFrames.Frames} pointer moves changed the other charts (the others stayed within the same bins).");
        }
        if (browser is not null)
        {
            // Against the baselines' own brushing: recomputing every chart per frame.
            measures["brush_browser"] = new(EngineResult.Of(browser.FrameMs), EngineResult.Of(pandas?.Measures.GetValueOrDefault("brush")),
                EngineResult.Of(duck?.Measures.GetValueOrDefault("brush")));
            measures["brush_prepare"] = new(EngineResult.Of(browser.PrepareMs), null, null);
        }
        foreach (var (id, values) in new Dictionary<string, MeasureValues>
        {
            ["slices"] = Timed("slices"),
            ["rows"] = Timed("rows"),
        })
            measures[id] = values;
        if (pipeline is not null)
        {
            measures["warm_start"] = new(EngineResult.Of(pipeline.WarmStart.Ms), null, null);
            measures["warm_start_ui"] = new(EngineResult.Of(pipeline.WarmStartUi.Ms), null, null);
            // Each round's run that computes the distill less the run right after it that finds everything cached.
            measures["distill"] = new(EngineResult.Of([.. pipeline.Computing.Ms.Zip(pipeline.Cached.Ms, (a, b) => a - b)]), null,
                EngineResult.Of(duck?.Measures.GetValueOrDefault("distill")));
            // The same overhead against the direct write in a fresh process: both then pay for cold code and a cold scan.
            measures["distill_fresh"] = measures["distill"] with { DuckDb = EngineResult.Of(freshWrite?.Ms) };
            measures["distill_run"] = new(EngineResult.Of(pipeline.Computing.Ms), null, null);
            measures["distill_cached"] = new(EngineResult.Of(pipeline.Cached.Ms), null, null);
        }
        measures["first_histograms"] = Timed("first_histograms");
        measures["open"] = new(EngineResult.One(openMs), pandas is null ? null : EngineResult.One(pandas.LoadSeconds * 1000),
            duck is null || duck.LoadSeconds == 0 ? null : EngineResult.One(duck.LoadSeconds * 1000));
        measures["memory_serving"] = new(EngineResult.One(servingPeak), pandas is null ? null : EngineResult.One(pandas.PeakRssBytes),
            duck is null ? null : EngineResult.One(duck.PeakRssBytes), "bytes");
        measures["memory_open"] = new(EngineResult.One(openPeak), null, null, "bytes");

        var engines = new Dictionary<string, string> { ["Zeno"] = "`zeno serve` of this checkout over HTTP" };
        if (duck is not null)
            engines["DuckDB direct"] = "DuckDB.NET (the DuckDB Zeno embeds), table loaded from the Parquet once";
        if (pandas is not null)
            engines["pandas"] = $"{pandas.Engine} (Debian), CSV read once";
        var disagreements = new List<string>();
        foreach (var baseline in new[] { duck, pandas }.OfType<BaselineReport>())
            disagreements.AddRange(Agreement.Compare(zeno.Answers, baseline.Answers, baseline.Engine));
        if (duck is not null && duck.LoadSeconds == 0)
            notes.Add("DuckDB direct reused the database loaded by an earlier run (its load time is not shown).");
        return new SizeResults(label, rows, measures, engines, disagreements, notes);
    }

    // The browser's part of brushing: the arithmetic of a frame, on the index the server sent.
    private static async Task<BrowserFrames?> BrowserFramesAsync(BenchOptions options, string folder, string index, List<string> notes)
    {
        var (indexFile, report) = (Path.Combine(folder, "brush-index.json"), Path.Combine(folder, "browser-report.json"));
        await File.WriteAllTextAsync(indexFile, index);
        return await BrowserScriptAsync<BrowserFrames>(options, "Browser frame", "brush frames from the index", "bench/browser/brush-frames.mjs",
            [indexFile], report, notes);
    }

    // The whole brushing frame in the real page: bench/browser/brush-ui-frames.mjs drags a brush on the income chart of
    // the running server's Exploration page and times each pointer move until the other charts are redrawn.
    private static Task<UiFrames?> BrowserUiFramesAsync(BenchOptions options, string folder, string url, List<string> notes) =>
        BrowserScriptAsync<UiFrames>(options, "Brushing in the page", "brushing in the Exploration page", "bench/browser/brush-ui-frames.mjs",
            [url, BenchWorkload.BrushedColumn], Path.Combine(folder, "browser-ui-report.json"), notes);

    // A script of bench/browser/: node drives Debian's Chromium through the web app's playwright-core and writes its
    // report (the last argument) as JSON. A missing browser or script failure is a note, not a crash of the run.
    private static async Task<T?> BrowserScriptAsync<T>(BenchOptions options, string measure, string step, string script, string[] args, string report,
        List<string> notes) where T : class
    {
        if (!File.Exists(options.Chromium) || !Directory.Exists(Path.Combine(options.Repo, "web/node_modules/playwright-core")))
        {
            notes.Add($"{measure} not measured: needs {options.Chromium} (apt-get install chromium) and web/node_modules (built with the CLI).");
            return null;
        }
        Log($"  chromium: {step}");
        var info = new ProcessStartInfo("node") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in (string[])[Path.Combine(options.Repo, script), .. args, report])
            info.ArgumentList.Add(arg);
        info.Environment["CHROMIUM"] = options.Chromium;
        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            notes.Add($"{measure} failed: {(await errors).Trim().Split('\n').LastOrDefault()}");
            return null;
        }
        return System.Text.Json.JsonSerializer.Deserialize<T>(await File.ReadAllTextAsync(report), WorkloadFile.Json);
    }

    private static async Task<BaselineReport?> BaselineAsync(string name, string program, string[] args, List<string> notes)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode == 0)
            return BaselineReport.Read(args[^1]);
        var message = (await errors).Trim().Split('\n').LastOrDefault() ?? $"exit code {process.ExitCode}";
        Log($"  {name} baseline failed:\n{await output}\n{await errors}");
        notes.Add($"{name} baseline failed: {message}");
        return null;
    }

    /// <summary>What bench/browser/brush-frames.mjs reports: preparing the index's prefix sums, and one frame, in ms.</summary>
    /// <summary>What bench/browser/brush-ui-frames.mjs reports: each frame that changed the other charts, in ms, and the index's wait.</summary>
    private sealed record UiFrames(IReadOnlyList<double> FrameMs, double IndexMs, int ChangedFrames, int Frames, IReadOnlyList<string> RequestsWhileDragging);

    private sealed record BrowserFrames(IReadOnlyList<double> PrepareMs, IReadOnlyList<double> FrameMs);

    private static void DeleteCache(string project)
    {
        var cache = Path.Combine(project, ".zeno");
        if (Directory.Exists(cache))
            Directory.Delete(cache, recursive: true);
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    private static string Machine()
    {
        var memory = File.ReadLines("/proc/meminfo").FirstOrDefault(line => line.StartsWith("MemTotal:", StringComparison.Ordinal))?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var gb = memory is null ? "?" : (long.Parse(memory, CultureInfo.InvariantCulture) / 1024.0 / 1024).ToString("0", CultureInfo.InvariantCulture);
        return $"{Environment.ProcessorCount} cores, {gb} GB memory";
    }

    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    public static void Log(string message) => Console.Error.WriteLine($"[{Clock.Elapsed:mm\\:ss}] {message}");
}
