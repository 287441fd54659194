using System.Text.Json;

namespace Zeno.Bench.Baselines;

/// <summary>What a baseline process writes: its timings per measure and the answers of its last round, to compare with Zeno's.</summary>
internal sealed record BaselineReport(
    string Engine,
    double LoadSeconds,
    long PeakRssBytes,
    IReadOnlyDictionary<string, IReadOnlyList<double>> Measures,
    Answers Answers)
{
    public static BaselineReport Read(string path) => JsonSerializer.Deserialize<BaselineReport>(File.ReadAllText(path), Workload.WorkloadFile.Json)!;

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Workload.WorkloadFile.Json));
}

/// <summary>
/// The answers every engine gives: per filter state and brush frame the charts' counts and the selection's accuracy,
/// per slice the accuracies, and the page's ids with their values of the sort column (rows that tie may come in any order).
/// </summary>
internal sealed record Answers(
    IReadOnlyList<SelectionAnswer> Filter,
    IReadOnlyList<SelectionAnswer> Brush,
    IReadOnlyList<SliceAnswer> Slices,
    IReadOnlyList<string> Rows,
    IReadOnlyList<double?>? RowValues = null);

/// <summary>Every chart's filtered counts by bar label, and the selection's size and accuracy.</summary>
internal sealed record SelectionAnswer(IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> Charts, long Size, double? Accuracy);

/// <summary>A slice's size and each model's accuracy, in model order.</summary>
internal sealed record SliceAnswer(long Size, IReadOnlyList<double?> Accuracy);
