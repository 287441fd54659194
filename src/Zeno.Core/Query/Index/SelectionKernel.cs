namespace Zeno.Core.Query.Index;

/// <summary>
/// Counts the rows of one row set and sums several metrics' per-row statistics over them (one per model, say) in one
/// pass: the row set is evaluated once per block of words, and every metric reads that block's mask while it is in
/// cache. Partitioned like <see cref="CountKernel"/> (a fixed number, merged in row order, so sums of doubles come
/// out the same on any machine).
/// </summary>
internal static class SelectionKernel
{
    private const int Partitions = 16;
    private const int BlockWords = CodeColumn.BlockWords;

    /// <summary>The rows of <paramref name="set"/> (bound, over <paramref name="charts"/>) and, per metric, their statistics as code 0.</summary>
    public static (long Rows, BinStats[] Stats) Run(IReadOnlyList<CodeColumn> charts, long rows, RowSet set, IReadOnlyList<RowMetric> metrics)
    {
        var words = RowBits.Words(rows);
        var parts = new (long Rows, BinStats[] Stats)[Math.Max(1, Math.Min(Partitions, (words + BlockWords - 1) / BlockWords))];
        Parallel.For(0, parts.Length, p => parts[p] = Partition(charts, rows, set, metrics,
            (int)((long)words * p / parts.Length), (int)((long)words * (p + 1) / parts.Length)));
        var total = (Rows: 0L, Stats: metrics.Select(_ => new BinStats(1)).ToArray());
        foreach (var part in parts)
        {
            total.Rows += part.Rows;
            for (var m = 0; m < metrics.Count; m++)
                total.Stats[m].Add(part.Stats[m]);
        }
        return total;
    }

    private static (long, BinStats[]) Partition(IReadOnlyList<CodeColumn> charts, long rows, RowSet set, IReadOnlyList<RowMetric> metrics, int from, int to)
    {
        var evaluator = new RowSetEvaluator(charts, rows);
        var stats = metrics.Select(_ => new BinStats(1)).ToArray();
        var block = new ulong[BlockWords];
        var selected = 0L;
        for (var first = from; first < to; first += BlockWords)
        {
            var mask = block.AsSpan(0, Math.Min(BlockWords, to - first));
            evaluator.Evaluate(set, first, mask);
            selected += RowBits.Count(mask);
            for (var m = 0; m < metrics.Count; m++)
            {
                // A count's statistics are the row count itself.
                if (metrics[m] is not RowMetric.Count)
                    CodeCounter.CountAll(first, mask, metrics[m], stats[m]);
            }
        }
        return (selected, stats);
    }
}
