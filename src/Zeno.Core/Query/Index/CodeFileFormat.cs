using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Zeno.Core.Query.Index;

/// <summary>The arrays an index file holds.</summary>
internal enum IndexFileKind
{
    /// <summary>A column's bin codes (<see cref="CodeColumn"/>): one byte or two per row.</summary>
    Codes,

    /// <summary>A column's sort keys (<see cref="SortKeys"/>): a double per row, then the presence bits.</summary>
    SortKeys,
}

/// <summary>
/// The bytes of a persisted index part, without touching a file: a fixed header (magic, format version, element
/// width, rows, bins, element count, payload checksum, and the key the file was written under), then the arrays as
/// they are in memory (little-endian): a code column's codes, or sort keys' values and presence bits (width 8, no
/// bins). A header that does not describe exactly the part asked for is refused, so a renamed, truncated or foreign
/// file is never trusted.
/// </summary>
internal static class CodeFileFormat
{
    /// <summary>Bumped whenever the layout of the bytes or the meaning of a code changes, so older files are rebuilt.</summary>
    public const int Version = 1;

    /// <summary>Bytes before the codes.</summary>
    public const int HeaderBytes = 80;

    /// <summary>Bytes of the key in the header: a <see cref="Store.Fingerprint"/> (24 hex digits).</summary>
    private const int KeyBytes = 24;

    private static ReadOnlySpan<byte> Magic => "ZENOCODE"u8;

    /// <summary>What a header says, and what a load expects it to say.</summary>
    /// <param name="Key">The file's key (see <see cref="IndexKeys.CodeFile"/>).</param>
    /// <param name="Rows">The view's rows.</param>
    /// <param name="Bins">The layout's bins.</param>
    /// <param name="Checksum">The payload's <see cref="Checksum"/>; 0 in an expectation (not known before reading).</param>
    /// <param name="Kind">The arrays the payload holds.</param>
    public readonly record struct Header(string Key, long Rows, int Bins, ulong Checksum, IndexFileKind Kind = IndexFileKind.Codes)
    {
        /// <summary>Bytes per element: a code's 1 while the codes fit in a byte, else 2; a sort key's 8.</summary>
        public int Width => Kind == IndexFileKind.SortKeys ? sizeof(double) : CodeColumn.IsNarrow(Bins) ? 1 : 2;

        /// <summary>Elements in the array: the rows padded to whole words of 64.</summary>
        public long Elements => RowBits.Padded(Rows);

        /// <summary>Bytes of the arrays: the elements, and for sort keys one presence bit per element after them.</summary>
        public long PayloadBytes => Elements * Width + (Kind == IndexFileKind.SortKeys ? Elements / 8 : 0);
    }

    /// <summary>Writes <paramref name="header"/> into the first <see cref="HeaderBytes"/> of <paramref name="target"/>.</summary>
    public static void Write(Header header, Span<byte> target)
    {
        target[..HeaderBytes].Clear();
        Magic.CopyTo(target);
        BinaryPrimitives.WriteInt32LittleEndian(target[8..], Version);
        BinaryPrimitives.WriteInt32LittleEndian(target[12..], header.Width);
        BinaryPrimitives.WriteInt64LittleEndian(target[16..], header.Rows);
        BinaryPrimitives.WriteInt32LittleEndian(target[24..], header.Bins);
        BinaryPrimitives.WriteInt64LittleEndian(target[32..], header.Elements);
        BinaryPrimitives.WriteUInt64LittleEndian(target[40..], header.Checksum);
        Encoding.ASCII.GetBytes(header.Key.AsSpan(0, Math.Min(header.Key.Length, KeyBytes)), target[48..(48 + KeyBytes)]);
    }

    /// <summary>
    /// The checksum the payload must have when <paramref name="header"/> describes the column <paramref name="expected"/>
    /// asks for and the file is exactly header plus payload long; null when it does not (any field differs).
    /// </summary>
    public static ulong? Accept(ReadOnlySpan<byte> header, long fileLength, Header expected)
    {
        if (header.Length < HeaderBytes || !header[..8].SequenceEqual(Magic)
            || BinaryPrimitives.ReadInt32LittleEndian(header[8..]) != Version
            || BinaryPrimitives.ReadInt32LittleEndian(header[12..]) != expected.Width
            || BinaryPrimitives.ReadInt64LittleEndian(header[16..]) != expected.Rows
            || BinaryPrimitives.ReadInt32LittleEndian(header[24..]) != expected.Bins
            || BinaryPrimitives.ReadInt64LittleEndian(header[32..]) != expected.Elements
            || Encoding.ASCII.GetString(header[48..(48 + KeyBytes)]).TrimEnd('\0') != expected.Key
            || fileLength != HeaderBytes + expected.PayloadBytes)
            return null;
        return BinaryPrimitives.ReadUInt64LittleEndian(header[40..]);
    }

    /// <summary>The checksum of a payload in two arrays (sort keys' values, then their presence bits).</summary>
    public static ulong Checksum(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second) => Mix(Checksum(first), Checksum(second));

    /// <summary>The code array of <paramref name="column"/> as bytes (no copy).</summary>
    public static ReadOnlySpan<byte> Payload(CodeColumn column) =>
        column.Bytes is { } bytes ? bytes : MemoryMarshal.AsBytes(column.Shorts.AsSpan());

    /// <summary>
    /// A checksum of the payload that catches truncation, zeroed pages and flipped or swapped words (not tampering):
    /// per 64-bit lane a running sum and a sum of running sums (Fletcher's scheme), four lanes at a time, so checking
    /// a 10M-row column costs well under the milliseconds reading it does.
    /// </summary>
    // Optimised at once: it runs a few times per start, too few for tiered compilation to replace unoptimised vector code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong Checksum(ReadOnlySpan<byte> payload)
    {
        var words = MemoryMarshal.Cast<byte, ulong>(payload);
        var (sums, sumsOfSums) = (Vector256<ulong>.Zero, Vector256<ulong>.Zero);
        var vectors = MemoryMarshal.Cast<ulong, Vector256<ulong>>(words);
        foreach (var vector in vectors)
        {
            sums += vector;
            sumsOfSums += sums;
        }
        ulong result = (ulong)payload.Length;
        for (var lane = 0; lane < Vector256<ulong>.Count; lane++)
            result = Mix(Mix(result, sums[lane]), sumsOfSums[lane]);
        // Words after the last whole vector, then bytes after the last whole word.
        foreach (var word in words[(vectors.Length * Vector256<ulong>.Count)..])
            result = Mix(result, word);
        foreach (var b in payload[(words.Length * sizeof(ulong))..])
            result = Mix(result, b);
        return result;
    }

    private static ulong Mix(ulong hash, ulong value) => BitOperations.RotateLeft((hash ^ value) * 0x9E3779B97F4A7C15UL, 29);
}
