using System.Numerics;

namespace Zeno.Core.Query.Index;

/// <summary>
/// Falcon's index for brushing one chart: for every other chart, rows per (active code, passive code) under that
/// chart's cross-filter with the active chart's own clauses left out, and rows per active code under every other
/// clause (the selection). Then any brush over active codes gives every chart's counts by summing rows of the cube,
/// which the browser does per frame in time independent of the number of rows. One pass, partitioned like
/// <see cref="CountKernel"/>.
/// </summary>
internal static class BrushKernel
{
    private const int Partitions = 16;
    private const int BlockWords = 1024;

    /// <summary>The cube. <paramref name="plan"/>'s sources must not include the active chart's own.</summary>
    /// <returns>Per chart (the active one's entry unused): counts and statistics by active code × chart codes + chart code; and per active code the selection.</returns>
    public static (long[][] Cells, BinStats?[] CellStats, long[] Selected, BinStats? SelectedStats) Run(CrossFilterPlan plan, int active)
    {
        var words = RowBits.Words(plan.Rows);
        var parts = new (long[][], BinStats?[], long[], BinStats?)[Math.Max(1, Math.Min(Partitions, words / 16))];
        Parallel.For(0, parts.Length, p => parts[p] = Partition(plan, active, (int)((long)words * p / parts.Length), (int)((long)words * (p + 1) / parts.Length)));
        var total = Empty(plan, active);
        foreach (var (cells, stats, selected, selectedStats) in parts)
        {
            for (var c = 0; c < cells.Length; c++)
            {
                for (var i = 0; i < cells[c].Length; i++)
                    total.Cells[c][i] += cells[c][i];
                total.CellStats[c]?.Add(stats[c]!);
            }
            for (var i = 0; i < selected.Length; i++)
                total.Selected[i] += selected[i];
            total.SelectedStats?.Add(selectedStats!);
        }
        return total;
    }

    private static (long[][] Cells, BinStats?[] CellStats, long[] Selected, BinStats? SelectedStats) Empty(CrossFilterPlan plan, int active)
    {
        var a = plan.Charts[active].Codes;
        return (
            [.. plan.Charts.Select((chart, c) => new long[c == active ? 0 : a * chart.Codes])],
            [.. plan.Charts.Select((chart, c) => plan.Metric is null ? null : new BinStats(c == active ? 0 : a * chart.Codes))],
            new long[a],
            plan.Metric is null ? null : new BinStats(a));
    }

    private static (long[][], BinStats?[], long[], BinStats?) Partition(CrossFilterPlan plan, int active, int from, int to)
    {
        var result = Empty(plan, active);
        var evaluator = new RowSetEvaluator(plan.Charts, plan.Rows);
        var k = plan.Sources.Count;
        var (baseRows, all, chart) = (new ulong[BlockWords], new ulong[BlockWords], new ulong[BlockWords]);
        var sources = Enumerable.Range(0, k).Select(_ => new ulong[BlockWords]).ToArray();
        var activeCodes = plan.Charts[active];
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
            CodeCounter.Count(activeCodes, first, a, result.Selected, plan.Metric, result.SelectedStats);
            for (var c = 0; c < plan.Charts.Count; c++)
            {
                if (c == active)
                    continue;
                var own = plan.ChartSources[c];
                ReadOnlySpan<ulong> mask = own < 0 ? a : CountKernel.FailingOnly(own, b, sources, a, chart.AsSpan(0, length));
                Cells(activeCodes, plan.Charts[c], first, mask, result.Cells[c], plan.Metric, result.CellStats[c]);
            }
        }
        return result;
    }

    private static void Cells(CodeColumn active, CodeColumn passive, int first, ReadOnlySpan<ulong> mask, long[] cells, RowMetric? metric, BinStats? stats)
    {
        var width = passive.Codes;
        var correct = (metric as RowMetric.Flags)?.Correct;
        var numbers = metric as RowMetric.Numbers;
        var edits = metric as RowMetric.Edits;
        for (var i = 0; i < mask.Length; i++)
        {
            var m = mask[i];
            var word = first + i;
            var row = (long)word * 64;
            var c = correct?[word] ?? 0;
            var present = numbers is null ? 0 : m & numbers.Present[word];
            while (m != 0)
            {
                var j = BitOperations.TrailingZeroCount(m);
                var cell = active[row + j] * width + passive[row + j];
                cells[cell]++;
                if (stats is not null)
                {
                    stats.Correct[cell] += (long)((c >> j) & 1);
                    if ((present >> j & 1) != 0)
                    {
                        var value = numbers!.Values[row + j];
                        stats.Present[cell]++;
                        stats.Sum[cell] += value;
                        stats.SumAbs[cell] += Math.Abs(value);
                        stats.SumSquares[cell] += value * value;
                    }
                    if (edits is not null)
                    {
                        stats.Edits[cell] += edits.Counts[row + j];
                        stats.ReferenceLength[cell] += edits.ReferenceLength[row + j];
                    }
                }
                m &= m - 1;
            }
        }
    }
}
