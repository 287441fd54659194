using Zeno.Core.State;
using Zeno.Reports.Charts;

namespace Zeno.Reports.Tests.Charts;

/// <summary>Chart data like a real report's: spam-filter slices with long names, four model versions, two metrics.</summary>
internal static class Samples
{
    public static readonly string[] Slices = ["hard ham", "easy ham", "spam", "long emails (> 2,000 chars)", "emails with attachments"];
    public static readonly string[] Models = ["baseline-nb", "logreg-v2", "distilbert-ft-2024-06", "distilbert-ft-2024-09"];
    public static readonly string[] Metrics = ["accuracy", "f1 (spam)"];

    /// <summary>A report cube of <paramref name="slices"/> × <paramref name="models"/> × <paramref name="metrics"/> with seeded values in [0.55, 0.99] that grow with the model and a few missing.</summary>
    public static ChartData Report(ChartType type, ChartEncoding encoding, int slices = 5, int models = 4, int metrics = 2, int seed = 7, bool missing = true)
    {
        var random = new Random(seed);
        string[] s = [.. Enumerable.Range(0, slices).Select(i => i < Slices.Length ? Slices[i] : $"slice {i + 1}: {(i % 3 == 0 ? "short" : "messages from unknown senders")}")];
        string[] m = [.. Enumerable.Range(0, models).Select(i => i < Models.Length ? Models[i] : $"model-v{i + 1}")];
        string[] k = [.. Enumerable.Range(0, metrics).Select(i => i < Metrics.Length ? Metrics[i] : $"metric {i + 1}")];
        var values = new Dictionary<(string, string, string), double?>();
        for (var a = 0; a < s.Length; a++)
            for (var b = 0; b < m.Length; b++)
                for (var c = 0; c < k.Length; c++)
                    values[(s[a], m[b], k[c])] = missing && a == 2 && b == 0 ? null : Math.Round(Math.Min(0.99, 0.55 + 0.3 * b / Math.Max(1, m.Length - 1) + random.NextDouble() * 0.12), 3);
        var intersections = new Dictionary<(string, string), (double?, long)>();
        foreach (var row in s)
            foreach (var column in s)
                intersections[(row, column)] = row == s[^1] && column == s[0] && missing ? (null, 0) : (Math.Round(0.5 + random.NextDouble() * 0.5, 3), random.Next(0, 4000));
        return new ChartData($"{type} of {encoding.X}", type, encoding, s, m, k, values,
            new Dictionary<ChartDimension, string>(), intersections);
    }

    /// <summary>One metric on x, one model, given values: the simplest chart to measure pixels on.</summary>
    public static ChartData Values(ChartType type, params double?[] values)
    {
        string[] slices = [.. values.Select((_, i) => $"s{i}")];
        var cube = values.Select((v, i) => (Key: (slices[i], "m", "acc"), Value: v)).ToDictionary(p => p.Key, p => p.Value);
        return new ChartData("values", type, new ChartEncoding(ChartDimension.Slices), slices, ["m"], ["acc"], cube,
            new Dictionary<ChartDimension, string>());
    }

    /// <summary>The repository's root (where Zeno.slnx is), for artifacts/.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Zeno.slnx"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
