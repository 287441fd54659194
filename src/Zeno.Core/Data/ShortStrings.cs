using System.Runtime.InteropServices;
using System.Text;

namespace Zeno.Core.Data;

// One string object per distinct short value of a result. Labels, predictions and categories repeat a handful of
// short values over millions of rows; a string per row would cost each row about 40 bytes and the garbage collector
// as many objects, where a shared one costs the row only its reference. DuckDB keeps a string of up to 12 bytes inside
// its 16-byte entry, so the entry (bytes past the length cleared) is the key, without decoding anything first.
internal sealed unsafe class ShortStrings
{
    // A column of many distinct short values (ids, words) would only fill the table; beyond this many, new values are
    // decoded each time and the table stops growing.
    private const int MostKept = 4096;

    private readonly Dictionary<(ulong, ulong), string> _known = [];

    /// <summary>The string of DuckDB's inline entry at <paramref name="entry"/>, whose length is at most 12 bytes.</summary>
    public string Get(byte* entry, int length)
    {
        var key = Key(entry, length);
        if (_known.TryGetValue(key, out var known))
            return known;
        var text = Encoding.UTF8.GetString(entry + 4, length);
        if (_known.Count < MostKept)
            _known[key] = text;
        return text;
    }

    // The entry's 4 length bytes and 12 content bytes as two words, with the bytes beyond the length cleared: DuckDB
    // does not promise what they hold.
    private static (ulong, ulong) Key(byte* entry, int length)
    {
        var first = MemoryMarshal.Read<ulong>(new ReadOnlySpan<byte>(entry, 8));
        var second = MemoryMarshal.Read<ulong>(new ReadOnlySpan<byte>(entry + 8, 8));
        // Bytes 4 + length onwards are not the string's: keep 4 + length bytes of the first word, length − 4 of the second.
        var firstBytes = Math.Min(8, 4 + length);
        var secondBytes = Math.Max(0, length - 4);
        return (Keep(first, firstBytes), Keep(second, secondBytes));
    }

    // The low <paramref name="bytes"/> bytes of a little-endian word (its first bytes in memory).
    private static ulong Keep(ulong word, int bytes) => bytes >= 8 ? word : word & ((1UL << (bytes * 8)) - 1);
}
