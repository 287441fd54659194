namespace Zeno.Core.Query.Index;

/// <summary>
/// Counts every chart in one pass over the rows, with Mosaic's cross-filter: a row kept by the base and every source
/// counts in every chart; a row failing exactly one source counts only in that source's chart; any other row in none.
/// The rows are cut into partitions (a fixed number, run in parallel, merged in row order, so sums of doubles come
/// out the same on any machine) and each partition into blocks of words whose bitmaps stay in cache. Without a metric,
/// a block where a chart counts most rows is counted from the rows it does not count, subtracted from the block's
/// totals: the work is proportional to the smaller of the selection and the rest.
/// </summary>
internal static class CountKernel
{
    private const int Partitions = 16;
    private const int BlockWords = CodeColumn.BlockWords;

    public static CrossCounts Run(CrossFilterPlan plan)
    {
        // Nothing selected and no metric: every chart's filtered counts are its totals, counted when it was built.
        if (plan is { Base: RowSet.AllOf { Parts.Count: 0 }, Sources.Count: 0, Metric: null })
            return new CrossCounts([.. plan.Charts.Select(chart => chart.Totals.ToArray())], new BinStats?[plan.Charts.Count], plan.Rows, null);
        var words = RowBits.Words(plan.Rows);
        // Partitions start on block boundaries, where the charts' block totals do.
        var blocks = (words + BlockWords - 1) / BlockWords;
        var parts = new CrossCounts[Math.Max(1, Math.Min(Partitions, blocks))];
        int Start(int p) => (int)Math.Min(words, (long)blocks * p / parts.Length * BlockWords);
        Parallel.For(0, parts.Length, p => parts[p] = Partition(plan, Start(p), Start(p + 1)));
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
        var (baseRows, all, chart, rest) = (new ulong[BlockWords], new ulong[BlockWords], new ulong[BlockWords], new ulong[BlockWords]);
        var sources = Enumerable.Range(0, k).Select(_ => new ulong[BlockWords]).ToArray();
        var uncounted = new long[plan.Charts.Count == 0 ? 0 : plan.Charts.Max(c => c.Codes)];
        var complement = plan.Metric is null or RowMetric.Count;
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
                if (complement && RowBits.Count(mask) * 2 > Math.Min((long)length * 64, plan.Rows - (long)first * 64))
                    CountRest(plan.Charts[c], first, mask, rest.AsSpan(0, length), plan.Rows, uncounted, counts.Filtered[c]);
                else
                    CodeCounter.Count(plan.Charts[c], first, mask, counts.Filtered[c], plan.Metric, counts.Stats[c]);
            }
        }
        return counts with { Selected = selected };
    }

    // A block's counts as its totals less the codes of the rows the mask leaves out.
    private static void CountRest(CodeColumn column, int first, ReadOnlySpan<ulong> mask, Span<ulong> rest, long rows, long[] uncounted, long[] counts)
    {
        for (var i = 0; i < rest.Length; i++)
            rest[i] = ~mask[i] & RowBits.TailMask(rows, first + i);
        Array.Clear(uncounted);
        CodeCounter.Count(column, first, rest, uncounted, null, null);
        var offset = first / BlockWords * column.Codes;
        for (var code = 0; code < column.Codes; code++)
            counts[code] += column.BlockTotals[offset + code] - uncounted[code];
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
