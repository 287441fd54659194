using Zeno.Bench;
using Zeno.Bench.Baselines;
using Zeno.Bench.Workload;

// zeno-bench [options]: the whole bench (bench/run.sh is the way in).
// zeno-bench baseline-duckdb WORKLOAD REPORT: the direct-DuckDB baseline, in a process of its own.
// zeno-bench generate ROWS FOLDER [SEED]: only the data (data.parquet and data.csv), e.g. to try it elsewhere.
try
{
    if (args is ["generate", var rows, var folder, .. var rest])
    {
        var seed = rest is [var s] ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : 42;
        Zeno.Bench.Generate.DataGenerator.Ensure(Path.GetFullPath(folder), BenchOptions.ParseSize(rows), seed, csv: true, BenchRunner.Log);
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
