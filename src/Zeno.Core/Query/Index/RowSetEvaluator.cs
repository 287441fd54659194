using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Zeno.Core.Query.Index;

/// <summary>
/// Evaluates a bound <see cref="RowSet"/> into a bitmap, one block of words at a time, so the kernels keep every
/// bitmap of a block in cache. Code sets are tested 64 rows at a time with vector compares (one per run of
/// consecutive codes); bitmaps are combined word by word.
/// </summary>
internal sealed class RowSetEvaluator(IReadOnlyList<CodeColumn> charts, long rows)
{
    // Beyond this many runs a lookup per row is cheaper than a compare per run.
    private const int MaxVectorRuns = 8;

    private readonly Stack<ulong[]> _spare = new();
    private readonly Dictionary<bool[], IReadOnlyList<(int, int)>> _runs = new(ReferenceEqualityComparer.Instance);

    /// <summary>The rows of the view.</summary>
    public long Rows => rows;

    /// <summary>Writes the rows of <paramref name="set"/> among words [first, first + into.Length) into <paramref name="into"/>.</summary>
    public void Evaluate(RowSet set, int first, Span<ulong> into)
    {
        switch (set)
        {
            case RowSet.Bits bits:
                bits.Words.AsSpan(first, into.Length).CopyTo(into);
                return;
            case RowSet.Codes codes:
                Codes(charts[codes.Chart], codes.Keep, first, into);
                return;
            case RowSet.AllOf { Parts.Count: 0 }:
                for (var i = 0; i < into.Length; i++)
                    into[i] = RowBits.TailMask(rows, first + i);
                return;
            case RowSet.AnyOf { Parts.Count: 0 }:
                into.Clear();
                return;
            case RowSet.AllOf all:
                Combine(all.Parts, first, into, and: true);
                return;
            case RowSet.AnyOf any:
                Combine(any.Parts, first, into, and: false);
                return;
            case RowSet.Except except:
                Evaluate(except.Inner, first, into);
                for (var i = 0; i < into.Length; i++)
                    into[i] = ~into[i] & RowBits.TailMask(rows, first + i);
                return;
            default:
                throw new InvalidOperationException($"a {set.GetType().Name} row set must be bound before it is evaluated");
        }
    }

    private void Combine(IReadOnlyList<RowSet> parts, int first, Span<ulong> into, bool and)
    {
        Evaluate(parts[0], first, into);
        if (parts.Count == 1)
            return;
        var scratch = Rent(into.Length);
        try
        {
            for (var p = 1; p < parts.Count; p++)
            {
                var other = scratch.AsSpan(0, into.Length);
                Evaluate(parts[p], first, other);
                for (var i = 0; i < into.Length; i++)
                    into[i] = and ? into[i] & other[i] : into[i] | other[i];
            }
        }
        finally
        {
            _spare.Push(scratch);
        }
    }

    private ulong[] Rent(int length) => _spare.TryPop(out var spare) && spare.Length >= length ? spare : new ulong[length];

    private void Codes(CodeColumn column, bool[] keep, int first, Span<ulong> into)
    {
        if (!_runs.TryGetValue(keep, out var runs))
            _runs[keep] = runs = CodeRuns.Of(keep);
        if (column.Bytes is { } bytes && runs.Count <= MaxVectorRuns && Vector256.IsHardwareAccelerated)
        {
            ref var start = ref MemoryMarshal.GetArrayDataReference(bytes);
            for (var i = 0; i < into.Length; i++)
            {
                var at = (nuint)(first + i) * 64;
                var (lo, hi) = (Vector256.LoadUnsafe(ref start, at), Vector256.LoadUnsafe(ref start, at + 32));
                ulong bits = 0;
                foreach (var (firstCode, lastCode) in runs)
                {
                    // Unsigned: code − first ≤ last − first exactly for codes in [first, last].
                    var (offset, width) = (Vector256.Create((byte)firstCode), Vector256.Create((byte)(lastCode - firstCode)));
                    bits |= Vector256.LessThanOrEqual(lo - offset, width).ExtractMostSignificantBits()
                        | ((ulong)Vector256.LessThanOrEqual(hi - offset, width).ExtractMostSignificantBits() << 32);
                }
                into[i] = bits & RowBits.TailMask(rows, first + i);
            }
            return;
        }
        for (var i = 0; i < into.Length; i++)
        {
            var row = (long)(first + i) * 64;
            ulong bits = 0;
            for (var j = 0; j < 64; j++)
                bits |= (keep[column[row + j]] ? 1UL : 0) << j;
            into[i] = bits & RowBits.TailMask(rows, first + i);
        }
    }
}
