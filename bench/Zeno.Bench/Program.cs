using Zeno.Bench;
using Zeno.Bench.Baselines;
using Zeno.Bench.Workload;

// zeno-bench [options]: the whole bench (bench/run.sh is the way in).
// zeno-bench baseline-duckdb WORKLOAD REPORT: the direct-DuckDB baseline, in a process of its own.
// zeno-bench direct-write DATABASE write|open: the distill's direct write in a fresh process, or only its open.
// zeno-bench report RESULTS.json: bench/README.md's tables from a results file (run from the repository root).
// zeno-bench generate ROWS FOLDER [SEED]: only the data (data.parquet and data.csv), e.g. to try it elsewhere.
try
{
    if (args is ["report", var results])
    {
        // The README's tables again from a results file (after a change to the tables or the targets).
        var options = BenchOptions.Parse([]);
        var path = Path.GetFullPath(results);
        var tables = Zeno.Bench.Results.MarkdownReport.Tables(Zeno.Bench.Results.BenchResults.Read(path),
            Path.GetRelativePath(Path.GetDirectoryName(options.Readme)!, path));
        Zeno.Bench.Results.MarkdownReport.Update(options.Readme, tables);
        Console.WriteLine($"tables of {path} written to {options.Readme}");
        return 0;
    }
    if (args is ["generate", var rows, var folder, .. var rest])
    {
        var seed = rest is [var s] ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : 42;
        Zeno.Bench.Generate.DataGenerator.Ensure(Path.GetFullPath(folder), BenchOptions.ParseSize(rows), seed, csv: true, BenchRunner.Log);
        return 0;
    }
    if (args is ["direct-write", var database, var mode] && mode is "write" or "open")
    {
        DuckDbBaseline.FreshProcess(database, mode == "write");
        return 0;
    }
    if (args is ["baseline-duckdb", var workload, var report])
    {
        DuckDbBaseline.Run(WorkloadFile.Read(workload)).Write(report);
        return 0;
    }
    return await BenchRunner.RunAsync(BenchOptions.Parse(args));
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
