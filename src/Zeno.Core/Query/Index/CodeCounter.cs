using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Zeno.Core.Query.Index;

/// <summary>
/// Counts the codes of a column over the rows of a mask, 64 rows (one mask word) at a time. A dense word of byte
/// codes is counted with vector compares: per code, one compare of 64 codes, a movemask and a popcount of
/// (equal AND mask) — no per-row work. A sparse word visits only its set bits. Metric statistics ride along: correct
/// flags as one more AND in the popcount, numbers by visiting the present rows, edits by visiting every row.
/// </summary>
internal static class CodeCounter
{
    // The vector path costs about 8 instructions per code per word, visiting costs about 6 per set row.
    private const int VectorCodesLimit = 48;

    /// <summary>Adds the rows of <paramref name="mask"/> (words from <paramref name="first"/>) to <paramref name="counts"/> per code, and their metric statistics.</summary>
    public static void Count(CodeColumn column, int first, ReadOnlySpan<ulong> mask, long[] counts, RowMetric? metric, BinStats? stats)
    {
        var correct = (metric as RowMetric.Flags)?.Correct;
        var vector = column.Bytes is not null && column.Codes <= VectorCodesLimit && Vector256.IsHardwareAccelerated;
        for (var i = 0; i < mask.Length; i++)
        {
            var m = mask[i];
            if (m == 0)
                continue;
            var word = first + i;
            var c = correct is null ? 0 : correct[word];
            if (vector && BitOperations.PopCount(m) * 3 >= column.Codes * 4)
                Dense(column.Bytes!, column.Codes, word, m, c, counts, correct is null ? null : stats);
            else
                Sparse(column, word, m, c, counts, correct is null ? null : stats);
            if (metric is RowMetric.Numbers numbers && stats is not null)
                AddNumbers(column, numbers, word, m, stats);
            else if (metric is RowMetric.Edits edits && stats is not null)
                AddEdits(column, edits, word, m, stats);
        }
    }

    private static void Dense(byte[] codes, int count, int word, ulong m, ulong correct, long[] counts, BinStats? stats)
    {
        ref var start = ref MemoryMarshal.GetArrayDataReference(codes);
        var at = (nuint)word * 64;
        var (lo, hi) = (Vector256.LoadUnsafe(ref start, at), Vector256.LoadUnsafe(ref start, at + 32));
        for (var code = 0; code < count; code++)
        {
            var value = Vector256.Create((byte)code);
            var bits = (Vector256.Equals(lo, value).ExtractMostSignificantBits() | ((ulong)Vector256.Equals(hi, value).ExtractMostSignificantBits() << 32)) & m;
            counts[code] += BitOperations.PopCount(bits);
            if (stats is not null)
                stats.Correct[code] += BitOperations.PopCount(bits & correct);
        }
    }

    private static void Sparse(CodeColumn column, int word, ulong m, ulong correct, long[] counts, BinStats? stats)
    {
        var row = (long)word * 64;
        while (m != 0)
        {
            var j = BitOperations.TrailingZeroCount(m);
            var code = column[row + j];
            counts[code]++;
            if (stats is not null)
                stats.Correct[code] += (long)((correct >> j) & 1);
            m &= m - 1;
        }
    }

    private static void AddNumbers(CodeColumn column, RowMetric.Numbers numbers, int word, ulong m, BinStats stats)
    {
        var present = m & numbers.Present[word];
        var row = (long)word * 64;
        while (present != 0)
        {
            var j = BitOperations.TrailingZeroCount(present);
            var code = column[row + j];
            var value = numbers.Values[row + j];
            stats.Present[code]++;
            stats.Sum[code] += value;
            stats.SumAbs[code] += Math.Abs(value);
            stats.SumSquares[code] += value * value;
            present &= present - 1;
        }
    }

    private static void AddEdits(CodeColumn column, RowMetric.Edits edits, int word, ulong m, BinStats stats)
    {
        var row = (long)word * 64;
        while (m != 0)
        {
            var at = row + BitOperations.TrailingZeroCount(m);
            var code = column[at];
            stats.Edits[code] += edits.Counts[at];
            stats.ReferenceLength[code] += edits.ReferenceLength[at];
            m &= m - 1;
        }
    }

    /// <summary>Adds the rows of <paramref name="mask"/> as one bucket (code 0): the selection's own statistics.</summary>
    public static long CountAll(int first, ReadOnlySpan<ulong> mask, RowMetric? metric, BinStats? stats)
    {
        long rows = 0;
        for (var i = 0; i < mask.Length; i++)
        {
            var m = mask[i];
            if (m == 0)
                continue;
            rows += BitOperations.PopCount(m);
            if (stats is null)
                continue;
            var word = first + i;
            if (metric is RowMetric.Flags flags)
                stats.Correct[0] += BitOperations.PopCount(m & flags.Correct[word]);
            else if (metric is RowMetric.Numbers numbers)
            {
                var present = m & numbers.Present[word];
                while (present != 0)
                {
                    var value = numbers.Values[(long)word * 64 + BitOperations.TrailingZeroCount(present)];
                    stats.Present[0]++;
                    stats.Sum[0] += value;
                    stats.SumAbs[0] += Math.Abs(value);
                    stats.SumSquares[0] += value * value;
                    present &= present - 1;
                }
            }
            else if (metric is RowMetric.Edits edits)
            {
                for (var left = m; left != 0; left &= left - 1)
                {
                    var at = (long)word * 64 + BitOperations.TrailingZeroCount(left);
                    stats.Edits[0] += edits.Counts[at];
                    stats.ReferenceLength[0] += edits.ReferenceLength[at];
                }
            }
        }
        return rows;
    }
}
