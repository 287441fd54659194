using Zeno.Core.Query.Metrics;

namespace Zeno.Core.Query.Index;

/// <summary>
/// A metric's statistics summed per code: correct rows for flags; present rows and Σv, Σ|v|, Σv² for numbers; Σ edits
/// and Σ reference length for word and character error rates. Row counts come from the kernel's counts, so they are
/// not repeated here.
/// </summary>
internal sealed class BinStats(int codes)
{
    public long[] Correct { get; } = new long[codes];

    public long[] Present { get; } = new long[codes];

    public double[] Sum { get; } = new double[codes];

    public double[] SumAbs { get; } = new double[codes];

    public double[] SumSquares { get; } = new double[codes];

    public long[] Edits { get; } = new long[codes];

    public long[] ReferenceLength { get; } = new long[codes];

    /// <summary>Adds another partition's sums (partitions are merged in row order, so the doubles add up the same way every time).</summary>
    public void Add(BinStats other)
    {
        for (var code = 0; code < Correct.Length; code++)
        {
            Correct[code] += other.Correct[code];
            Present[code] += other.Present[code];
            Sum[code] += other.Sum[code];
            SumAbs[code] += other.SumAbs[code];
            SumSquares[code] += other.SumSquares[code];
            Edits[code] += other.Edits[code];
            ReferenceLength[code] += other.ReferenceLength[code];
        }
    }

    /// <summary>The statistics of code <paramref name="code"/>'s <paramref name="rows"/> rows, as the SQL path computes them.</summary>
    public MetricStatistics Of(StatisticsKind kind, int code, long rows) => kind switch
    {
        StatisticsKind.Matches or StatisticsKind.TrimmedMatches => new MatchCounts(rows, Correct[code]),
        StatisticsKind.Mean => new MeanSums(Present[code], Sum[code]),
        StatisticsKind.Regression => new RegressionSums(Present[code], SumAbs[code], SumSquares[code]),
        StatisticsKind.Count => new RowCount(rows),
        StatisticsKind.WordEdits or StatisticsKind.CharEdits => new ErrorRateSums(Edits[code], ReferenceLength[code]),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a statistics kind the index keeps"),
    };

    /// <summary>Whether the index keeps per-row statistics for a kind.</summary>
    public static bool Supports(StatisticsKind kind) =>
        kind is StatisticsKind.Matches or StatisticsKind.TrimmedMatches or StatisticsKind.Mean or StatisticsKind.Regression or StatisticsKind.Count
            or StatisticsKind.WordEdits or StatisticsKind.CharEdits;
}
