using System.Text.Json;
using Zeno.Bench.Workload;

namespace Zeno.Bench.Results;

/// <summary>One run of the bench, as bench/results/&lt;date&gt;.json holds it.</summary>
internal sealed record BenchResults(string Date, string? Commit, string Machine, bool Quick, double TotalSeconds, IReadOnlyList<SizeResults> Sizes)
{
    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, JsonSerializer.Serialize(this, WorkloadFile.Json));
    }

    public static BenchResults Read(string path) => JsonSerializer.Deserialize<BenchResults>(File.ReadAllText(path), WorkloadFile.Json)!;
}

/// <summary>Every measure at one table size; <paramref name="Disagreements"/> lists answers where a baseline and Zeno differ (none expected).</summary>
internal sealed record SizeResults(
    string Label,
    long Rows,
    IReadOnlyDictionary<string, MeasureValues> Measures,
    IReadOnlyDictionary<string, string> Engines,
    IReadOnlyList<string> Disagreements,
    IReadOnlyList<string> Notes);

/// <summary>One measure for each engine (null: not run), in <paramref name="Unit"/> ("ms" or "bytes").</summary>
internal sealed record MeasureValues(EngineResult? Zeno, EngineResult? Pandas, EngineResult? DuckDb, string Unit = "ms", string? Note = null);

/// <summary>An engine's median and every sample it was taken from.</summary>
internal sealed record EngineResult(double Median, IReadOnlyList<double> Samples)
{
    public static EngineResult? Of(IReadOnlyList<double>? samples) =>
        samples is null || samples.Count == 0 ? null : new EngineResult(Measures.Samples.MedianOf(samples), samples);

    public static EngineResult One(double value) => new(value, [value]);
}
