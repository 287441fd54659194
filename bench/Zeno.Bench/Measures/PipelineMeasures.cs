using System.Diagnostics;
using Zeno.Bench.Generate;
using Zeno.Bench.Zeno;

namespace Zeno.Bench.Measures;

/// <summary>Measures 5 and 6 on the distill project: what computing a trivial [Distill] adds to `zeno run`, and a warm start.</summary>
internal sealed record PipelineRun(Samples Computing, Samples Cached, Samples WarmStart, Samples WarmStartUi)
{
    /// <summary>The distill's share of a run: the median run that computes it less the median run that finds it cached.</summary>
    public double OverheadMs => Computing.Median - Cached.Median;
}

internal static class PipelineMeasures
{
    public static async Task<PipelineRun> RunAsync(string cli, string folder, string name, string dataFile, RepeatPolicy policy, Action<string> log)
    {
        var cache = Path.Combine(folder, ".zeno");
        if (Directory.Exists(cache))
            Directory.Delete(cache, recursive: true);
        // Both bodies of the distill are compiled (and cached) before anything is timed: switching between them then
        // recomputes the column, never the compilation.
        log("  zeno: processing the distill project");
        var config = ProjectFiles.WriteDistill(folder, name, dataFile, 0);
        await ZenoProcess.RunAsync(cli, "run", config);
        ProjectFiles.WriteDistill(folder, name, dataFile, 1);
        await ZenoProcess.RunAsync(cli, "run", config);

        log("  zeno: zeno run computing the distill, and finding it cached");
        var (computing, cached) = (new List<double>(), new List<double>());
        var budget = Stopwatch.StartNew();
        for (var round = 0; round < policy.MaxRounds && (round < policy.MinRounds || budget.Elapsed.TotalSeconds < policy.BudgetSeconds); round++)
        {
            ProjectFiles.WriteDistill(folder, name, dataFile, round % 2);
            computing.Add((await ZenoProcess.RunAsync(cli, "run", config)).TotalMilliseconds);
            cached.Add((await ZenoProcess.RunAsync(cli, "run", config)).TotalMilliseconds);
        }

        log("  zeno: warm starts");
        var (warm, ui) = (new List<double>(), new List<double>());
        budget.Restart();
        for (var round = 0; round < policy.MaxRounds && (round < policy.MinRounds || budget.Elapsed.TotalSeconds < policy.BudgetSeconds); round++)
        {
            var clock = Stopwatch.StartNew();
            await using var server = await ZenoProcess.StartAsync(cli, config, TimeSpan.FromMinutes(5));
            using var api = new ZenoApi(server.Url);
            var columns = await api.ChartedColumnsAsync();
            warm.Add(clock.Elapsed.TotalMilliseconds);
            // The first screen: the metadata panel's charts and the selection's metric.
            await Task.WhenAll(api.HistogramsAsync(columns, []), api.SelectionMetricAsync([]));
            ui.Add(clock.Elapsed.TotalMilliseconds);
        }
        return new PipelineRun(new Samples(computing), new Samples(cached), new Samples(warm), new Samples(ui));
    }

    /// <summary>
    /// The direct write measured as the distill is: a fresh process writing the column less a fresh process that only
    /// opens the database, round by round (the baseline's own measure runs in a warm process, its column read before).
    /// </summary>
    public static async Task<Samples> FreshDirectWriteAsync(string database, RepeatPolicy policy)
    {
        var bench = typeof(PipelineMeasures).Assembly.Location;
        await ZenoProcess.RunAsync(bench, "direct-write", database, "write");
        var differences = new List<double>();
        var budget = Stopwatch.StartNew();
        for (var round = 0; round < policy.MaxRounds && (round < policy.MinRounds || budget.Elapsed.TotalSeconds < policy.BudgetSeconds); round++)
        {
            var write = await ZenoProcess.RunAsync(bench, "direct-write", database, "write");
            var open = await ZenoProcess.RunAsync(bench, "direct-write", database, "open");
            differences.Add((write - open).TotalMilliseconds);
        }
        return new Samples(differences);
    }
}
