using System.Numerics;
using System.Runtime.CompilerServices;
using Zeno.Core.Query.Histograms;

namespace Zeno.Core.Query.Index;

/// <summary>
/// A charted column as one small code per row, in zeno_row order: code i is bin i of the column's
/// <see cref="ColumnLayout"/> (the value its bin SQL gives), code <see cref="Missing"/> is "missing". Bytes while the
/// codes fit in one, shorts up to <see cref="MaxCodes"/>. Arrays are padded to whole words of 64 rows (padding rows
/// hold code 0 and are never in a row set), so the kernels can read 64 codes at a time.
/// </summary>
internal sealed class CodeColumn : IIndexPart
{
    /// <summary>The most codes a column may have (shorts); a layout with more is counted by SQL.</summary>
    public const int MaxCodes = ushort.MaxValue + 1;

    /// <summary>Words of 64 rows per block: the kernels' unit of work, and of <see cref="BlockTotals"/>.</summary>
    public const int BlockWords = 256;

    private CodeColumn(int bins, long rows, byte[]? bytes, ushort[]? shorts)
    {
        Bins = bins;
        Rows = rows;
        Bytes = bytes;
        Shorts = shorts;
        var codes = bins + 1;
        Totals = new long[codes];
        BlockTotals = new long[(RowBits.Words(rows) + BlockWords - 1) / BlockWords * codes];
        if (bytes is not null)
            CountBlocks<byte>(bytes, rows, codes, BlockTotals);
        else
            CountBlocks<ushort>(shorts!, rows, codes, BlockTotals);
        for (var i = 0; i < BlockTotals.Length; i++)
            Totals[i % codes] += BlockTotals[i];
    }

    // Counted again whenever codes arrive (built, or read from disk), so a block's one loop has no branch or division
    // per row; optimised at once, as it runs once per column, too few times for tiered compilation to step in.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CountBlocks<T>(T[] codes, long rows, int width, long[] blockTotals) where T : unmanaged, IBinaryInteger<T>
    {
        const int blockRows = 64 * BlockWords;
        for (var (block, start) = (0, 0L); start < rows; block++, start += blockRows)
        {
            var totals = blockTotals.AsSpan(block * width, width);
            foreach (var code in codes.AsSpan((int)start, (int)Math.Min(blockRows, rows - start)))
                totals[int.CreateTruncating(code)]++;
        }
    }

    /// <summary>The layout's bin count: codes 0 to Bins − 1 are bins.</summary>
    public int Bins { get; }

    /// <summary>Every code, "missing" included.</summary>
    public int Codes => Bins + 1;

    /// <summary>The code of rows where the column is missing.</summary>
    public int Missing => Bins;

    /// <summary>The rows of the view.</summary>
    public long Rows { get; }

    /// <summary>The codes when they fit in bytes, else null.</summary>
    public byte[]? Bytes { get; }

    /// <summary>The codes when they need shorts, else null.</summary>
    public ushort[]? Shorts { get; }

    /// <summary>Rows per code over the whole view (what the grey bars show): counted once, at build.</summary>
    public long[] Totals { get; }

    /// <summary>
    /// Rows per code in each block of <see cref="BlockWords"/> words (block b's code c at b × Codes + c), so a block
    /// where most rows are selected is counted from the few that are not.
    /// </summary>
    public long[] BlockTotals { get; }

    /// <summary>The code of a row.</summary>
    public int this[long row] => Bytes is { } bytes ? bytes[row] : Shorts![row];

    /// <inheritdoc />
    public long SizeInBytes => (Bytes?.LongLength ?? 0) + (Shorts?.LongLength ?? 0) * 2 + (Totals.LongLength + BlockTotals.LongLength) * 8;

    /// <summary>Whether a column with <paramref name="bins"/> bins can be coded at all.</summary>
    public static bool Fits(int bins) => bins + 1 <= MaxCodes;

    /// <summary>Whether its codes are bytes.</summary>
    public static bool IsNarrow(int bins) => bins + 1 <= 256;

    /// <summary>An empty column to fill (every row code 0 until written).</summary>
    public static (byte[]? Bytes, ushort[]? Shorts) Allocate(int bins, long rows) =>
        IsNarrow(bins) ? (new byte[RowBits.Padded(rows)], null) : (null, new ushort[RowBits.Padded(rows)]);

    /// <summary>The column over filled arrays (from <see cref="Allocate"/>).</summary>
    public static CodeColumn Over(int bins, long rows, byte[]? bytes, ushort[]? shorts) => new(bins, rows, bytes, shorts);
}

/// <summary>Something the index cache holds, with the memory it takes.</summary>
internal interface IIndexPart
{
    /// <summary>Bytes of its arrays.</summary>
    long SizeInBytes { get; }
}
