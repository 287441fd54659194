using System.Numerics;

namespace Zeno.Core.Query.Index;

/// <summary>
/// Finds a page of a row set's rows without SQL: in row order, or sorted by a column's <see cref="SortKeys"/> with
/// missing values last and ties in row order, as the SQL page orders them. Each of a fixed number of partitions keeps
/// its best <c>offset + limit</c> rows in a bounded heap (most rows lose one comparison with the heap's worst), and the
/// partitions' winners are merged. Returns the set's size too, counted on the way.
/// </summary>
internal static class PageKernel
{
    private const int Partitions = 16;
    private const int BlockWords = CodeColumn.BlockWords;

    /// <summary>The set's size and its rows offset to offset + limit − 1 in row order.</summary>
    public static (long Total, long[] Rows) InRowOrder(IReadOnlyList<CodeColumn> charts, long rows, RowSet set, long offset, int limit)
    {
        var needed = offset + limit;
        var parts = Run(rows, (from, to) =>
        {
            var evaluator = new RowSetEvaluator(charts, rows);
            var block = new ulong[BlockWords];
            var (selected, first) = (0L, new List<long>());
            for (var start = from; start < to; start += BlockWords)
            {
                var mask = block.AsSpan(0, Math.Min(BlockWords, to - start));
                evaluator.Evaluate(set, start, mask);
                if (first.Count < needed)
                    Collect(mask, start, first, needed);
                selected += RowBits.Count(mask);
            }
            return (selected, first);
        });
        // Partitions are in row order, so their first rows, joined, are the set's first rows.
        return (parts.Sum(part => part.Selected), [.. parts.SelectMany(part => part.Found).Skip(checked((int)offset)).Take(limit)]);
    }

    /// <summary>The set's size and its rows offset to offset + limit − 1 sorted by <paramref name="keys"/>.</summary>
    public static (long Total, long[] Rows) Sorted(IReadOnlyList<CodeColumn> charts, long rows, RowSet set, SortKeys keys, bool descending,
        long offset, int limit)
    {
        var needed = checked((int)(offset + limit));
        var order = new PageOrder(keys.Values, descending);
        var parts = Run(rows, (from, to) =>
        {
            var evaluator = new RowSetEvaluator(charts, rows);
            var block = new ulong[BlockWords];
            // The heap's top is the worst row kept, so a better row replaces it.
            var best = new PriorityQueue<long, long>(needed + 1, order.Reversed);
            var (selected, missing) = (0L, new List<long>());
            for (var start = from; start < to; start += BlockWords)
            {
                var mask = block.AsSpan(0, Math.Min(BlockWords, to - start));
                evaluator.Evaluate(set, start, mask);
                selected += RowBits.Count(mask);
                for (var i = 0; i < mask.Length; i++)
                {
                    var word = start + i;
                    var present = mask[i] & keys.Present[word];
                    if (missing.Count < needed)
                        Collect([mask[i] & ~keys.Present[word]], word, missing, needed);
                    for (; present != 0 && needed > 0; present &= present - 1)
                    {
                        var row = word * 64L + BitOperations.TrailingZeroCount(present);
                        if (best.Count < needed)
                            best.Enqueue(row, row);
                        else if (order.Compare(row, best.Peek()) < 0)
                            best.DequeueEnqueue(row, row);
                    }
                }
            }
            return (selected, (Best: best.UnorderedItems.Select(item => item.Element).ToList(), Missing: missing));
        });
        var present = parts.SelectMany(part => part.Found.Best).ToList();
        present.Sort(order.Compare);
        // Missing values come last, in row order: the partitions' first missing rows, joined.
        var page = present.Take(needed).Concat(parts.SelectMany(part => part.Found.Missing)).Skip(checked((int)offset)).Take(limit);
        return (parts.Sum(part => part.Selected), [.. page]);
    }

    // Rows of a mask (words from `first`) in row order, until `into` holds `needed`.
    private static void Collect(ReadOnlySpan<ulong> mask, int first, List<long> into, long needed)
    {
        for (var i = 0; i < mask.Length && into.Count < needed; i++)
            for (var bits = mask[i]; bits != 0 && into.Count < needed; bits &= bits - 1)
                into.Add((first + i) * 64L + BitOperations.TrailingZeroCount(bits));
    }

    private static (long Selected, T Found)[] Run<T>(long rows, Func<int, int, (long, T)> partition)
    {
        var words = RowBits.Words(rows);
        var parts = new (long, T)[Math.Max(1, Math.Min(Partitions, (words + BlockWords - 1) / BlockWords))];
        Parallel.For(0, parts.Length, p => parts[p] = partition((int)((long)words * p / parts.Length), (int)((long)words * (p + 1) / parts.Length)));
        return parts;
    }

    // Page order of present rows: by value (largest first when descending), ties by row.
    private sealed class PageOrder(double[] values, bool descending) : IComparer<long>
    {
        public IComparer<long> Reversed => Comparer<long>.Create((a, b) => Compare(b, a));

        public int Compare(long a, long b)
        {
            var byValue = SortKeys.Compare(values[a], values[b]);
            if (byValue != 0)
                return descending ? -byValue : byValue;
            return a.CompareTo(b);
        }
    }
}
