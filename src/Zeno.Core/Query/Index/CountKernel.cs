namespace Zeno.Core.Query.Index;

/// <summary>
/// Counts every chart in one pass over the rows, with Mosaic's cross-filter: a row kept by the base and every source
/// counts in every chart; a row failing exactly one source counts only in that source's chart; any other row in none.
/// The rows are cut into partitions (a fixed number, run in parallel, merged in row order, so sums of doubles come
/// out the same on any machine) and each partition into blocks of words whose bitmaps stay in cache.
/// </summary>
internal static class CountKernel
{
    private const int Partitions = 16;
    private const int BlockWords = 1024;

    public static CrossCounts Run(CrossFilterPlan plan)
    {
        // Nothing selected and no metric: every chart's filtered counts are its totals, counted when it was built.
        if (plan is { Base: RowSet.AllOf { Parts.Count: 0 }, Sources.Count: 0, Metric: null })
            return new CrossCounts([.. plan.Charts.Select(chart => chart.Totals.ToArray())], new BinStats?[plan.Charts.Count], plan.Rows, null);
        var words = RowBits.Words(plan.Rows);
        var parts = new CrossCounts[Math.Max(1, Math.Min(Partitions, words / 16))];
        Parallel.For(0, parts.Length, p => parts[p] = Partition(plan, (int)((long)words * p / parts.Length), (int)((long)words * (p + 1) / parts.Length)));
        var total = Empty(plan);
        var selected = 0L;
        foreach (var part in parts)
        {
            for (var c = 0; c < plan.Charts.Count; c++)
            {
                for (var code = 0; code < total.Filtered[c].Length; code++)
                    total.Filtered[c][code] += part.Filtered[c][code];
                total.Stats[c]?.Add(part.Stats[c]!);
            }
            total.SelectionStats?.Add(part.SelectionStats!);
            selected += part.Selected;
        }
        return total with { Selected = selected };
    }

    private static CrossCounts Empty(CrossFilterPlan plan) => new(
        [.. plan.Charts.Select(chart => new long[chart.Codes])],
        [.. plan.Charts.Select(chart => plan.Metric is null ? null : new BinStats(chart.Codes))],
        0,
        plan.Metric is null ? null : new BinStats(1));

    private static CrossCounts Partition(CrossFilterPlan plan, int from, int to)
    {
        var counts = Empty(plan);
        var evaluator = new RowSetEvaluator(plan.Charts, plan.Rows);
        var k = plan.Sources.Count;
        var (baseRows, all, chart) = (new ulong[BlockWords], new ulong[BlockWords], new ulong[BlockWords]);
        var sources = Enumerable.Range(0, k).Select(_ => new ulong[BlockWords]).ToArray();
        var selected = 0L;
        for (var first = from; first < to; first += BlockWords)
        {
            var length = Math.Min(BlockWords, to - first);
            var b = baseRows.AsSpan(0, length);
            var a = all.AsSpan(0, length);
            evaluator.Evaluate(plan.Base, first, b);
            b.CopyTo(a);
            for (var s = 0; s < k; s++)
            {
                var m = sources[s].AsSpan(0, length);
                evaluator.Evaluate(plan.Sources[s], first, m);
                for (var i = 0; i < length; i++)
                    a[i] &= m[i];
            }
            selected += CodeCounter.CountAll(first, a, plan.Metric, counts.SelectionStats);
            for (var c = 0; c < plan.Charts.Count; c++)
            {
                var own = plan.ChartSources[c];
                ReadOnlySpan<ulong> mask = own < 0 ? a : FailingOnly(own, b, sources, a, chart.AsSpan(0, length));
                CodeCounter.Count(plan.Charts[c], first, mask, counts.Filtered[c], plan.Metric, counts.Stats[c]);
            }
        }
        return counts with { Selected = selected };
    }

    // The chart of source s counts the selection plus the rows that fail s and nothing else.
    internal static Span<ulong> FailingOnly(int s, ReadOnlySpan<ulong> baseRows, ulong[][] sources, ReadOnlySpan<ulong> all, Span<ulong> into)
    {
        for (var i = 0; i < into.Length; i++)
        {
            var others = baseRows[i] & ~sources[s][i];
            for (var t = 0; t < sources.Length && others != 0; t++)
            {
                if (t != s)
                    others &= sources[t][i];
            }
            into[i] = all[i] | others;
        }
        return into;
    }
}
