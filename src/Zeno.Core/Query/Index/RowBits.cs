using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Zeno.Core.Query.Index;

/// <summary>
/// Sets of rows as bitmaps: bit r of word r / 64 is row r (zeno_row order). Bits past the last row are always zero,
/// so a popcount is a row count and a complement must be masked (<see cref="TailMask"/>).
/// </summary>
internal static class RowBits
{
    /// <summary>The words that hold <paramref name="rows"/> bits.</summary>
    public static int Words(long rows) => checked((int)((rows + 63) / 64));

    /// <summary>The valid bits of word <paramref name="word"/> of a bitmap over <paramref name="rows"/> rows.</summary>
    public static ulong TailMask(long rows, int word)
    {
        var left = rows - (long)word * 64;
        return left >= 64 ? ulong.MaxValue : left <= 0 ? 0 : (1UL << (int)left) - 1;
    }

    /// <summary>How many rows are set.</summary>
    public static long Count(ReadOnlySpan<ulong> words)
    {
        long count = 0;
        foreach (var word in words)
            count += BitOperations.PopCount(word);
        return count;
    }

    /// <summary>The rows that are set, in ascending order.</summary>
    public static long[] Rows(ReadOnlySpan<ulong> words)
    {
        var rows = new long[Count(words)];
        var found = 0;
        for (var w = 0; w < words.Length; w++)
            for (var bits = words[w]; bits != 0; bits &= bits - 1)
                rows[found++] = (long)w * 64 + BitOperations.TrailingZeroCount(bits);
        return rows;
    }

    /// <summary>The rows whose flag is non-zero, from one byte per row (padded to whole words).</summary>
    public static ulong[] FromFlags(byte[] flags, long rows)
    {
        var words = new ulong[Words(rows)];
        ref var start = ref MemoryMarshal.GetArrayDataReference(flags);
        for (var w = 0; w < words.Length; w++)
        {
            var at = (nuint)(w * 64);
            ulong bits;
            if (Vector256.IsHardwareAccelerated)
            {
                var zero = Vector256<byte>.Zero;
                bits = ~(Vector256.Equals(Vector256.LoadUnsafe(ref start, at), zero).ExtractMostSignificantBits()
                    | ((ulong)Vector256.Equals(Vector256.LoadUnsafe(ref start, at + 32), zero).ExtractMostSignificantBits() << 32));
            }
            else
            {
                bits = 0;
                for (var j = 0; j < 64; j++)
                    bits |= (flags[(int)at + j] != 0 ? 1UL : 0) << j;
            }
            words[w] = bits & TailMask(rows, w);
        }
        return words;
    }

    /// <summary>A flag array as long as a padded code array: whole words of 64 rows, so kernels may read them whole.</summary>
    public static int Padded(long rows) => Words(rows) * 64;
}
