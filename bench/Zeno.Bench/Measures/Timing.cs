using System.Diagnostics;

namespace Zeno.Bench.Measures;

/// <summary>How often to repeat a measure: warm-up rounds, then rounds until the minimum is reached and the time budget spent (or the maximum).</summary>
internal sealed record RepeatPolicy(int Warmup, int MinRounds, int MaxRounds, double BudgetSeconds)
{
    public static RepeatPolicy Quick { get; } = new(1, 1, 2, 2);

    /// <summary>One sample, no warm-up: enough to check that every measure runs.</summary>
    public static RepeatPolicy Once { get; } = new(0, 1, 1, 0);

    public static RepeatPolicy Full { get; } = new(1, 3, 10, 30);
}

/// <summary>Timings of one measure, in milliseconds; the median is what the tables show.</summary>
internal sealed record Samples(IReadOnlyList<double> Ms)
{
    public double Median => MedianOf(Ms);

    public static double MedianOf(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
            return double.NaN;
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}

internal static class Timing
{
    /// <summary>
    /// Times every variant once per round (a round walks through all the filter states, say), after warm-up rounds.
    /// Each call is one sample; the last result of each variant is kept, to check it against the baselines.
    /// </summary>
    public static async Task<(Samples Samples, T[] Last)> MeasureAsync<T>(IReadOnlyList<Func<Task<T>>> variants, RepeatPolicy policy)
    {
        var last = new T[variants.Count];
        for (var round = 0; round < policy.Warmup; round++)
            for (var i = 0; i < variants.Count; i++)
                last[i] = await variants[i]();
        var samples = new List<double>();
        var budget = Stopwatch.StartNew();
        for (var round = 0; round < policy.MaxRounds && (round < policy.MinRounds || budget.Elapsed.TotalSeconds < policy.BudgetSeconds); round++)
        {
            for (var i = 0; i < variants.Count; i++)
            {
                var clock = Stopwatch.StartNew();
                last[i] = await variants[i]();
                samples.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        return (new Samples(samples), last);
    }

    public static Task<(Samples Samples, T[] Last)> MeasureAsync<T>(Func<Task<T>> action, RepeatPolicy policy) => MeasureAsync([action], policy);

    /// <summary>The same for synchronous work (the DuckDB baseline).</summary>
    public static (Samples Samples, T[] Last) Measure<T>(IReadOnlyList<Func<T>> variants, RepeatPolicy policy) =>
        MeasureAsync(variants.Select<Func<T>, Func<Task<T>>>(variant => () => Task.FromResult(variant())).ToList(), policy).GetAwaiter().GetResult();
}
