using System.Text;

namespace Zeno.Core.Query.Metrics;

/// <summary>
/// Levenshtein distance (insertions, deletions and substitutions, each costing 1) between a reference and a
/// hypothesis, the numerator of word and character error rates. Null text counts as empty. Comparison is exact
/// (ordinal, case-sensitive): normalising case or punctuation is the user's choice, made in a <c>[Distill]</c>.
/// </summary>
public static class EditDistance
{
    // Beyond this many cells the DP row goes to the heap instead of the stack.
    private const int StackRowLimit = 256;

    /// <summary>Word edits: tokens are maximal runs of non-whitespace characters.</summary>
    public static int Words(string? reference, string? hypothesis) =>
        Levenshtein<string>(Tokens(reference), Tokens(hypothesis));

    /// <summary>Character edits, over Unicode code points (an emoji is one character, as in Python's jiwer).</summary>
    public static int Chars(string? reference, string? hypothesis)
    {
        var r = reference ?? "";
        var h = hypothesis ?? "";
        // Most text has no surrogate pairs: then UTF-16 units are code points and no copy is needed.
        return HasSurrogates(r) || HasSurrogates(h)
            ? Levenshtein<Rune>(r.EnumerateRunes().ToArray(), h.EnumerateRunes().ToArray())
            : Levenshtein<char>(r, h);
    }

    /// <summary>Words in a reference: the denominator of WER, tokenised as <see cref="Words"/> does.</summary>
    public static int WordCount(string? reference) => Tokens(reference).Length;

    /// <summary>Code points in a reference: the denominator of CER, counted as <see cref="Chars"/> does.</summary>
    public static int CharCount(string? reference)
    {
        var r = reference ?? "";
        return HasSurrogates(r) ? r.EnumerateRunes().Count() : r.Length;
    }

    private static string[] Tokens(string? text) =>
        (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static bool HasSurrogates(string text) => text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    /// <summary>Classic dynamic programme, O(n·m) time, keeping one row over the shorter sequence: O(min(n, m)) memory.</summary>
    internal static int Levenshtein<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b) where T : IEquatable<T>
    {
        // A shared prefix or suffix never costs an edit; dropping it shrinks the table for near-matches (typical ASR).
        while (a.Length > 0 && b.Length > 0 && a[0].Equals(b[0])) { a = a[1..]; b = b[1..]; }
        while (a.Length > 0 && b.Length > 0 && a[^1].Equals(b[^1])) { a = a[..^1]; b = b[..^1]; }
        if (a.Length < b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }
        if (b.Length == 0) return a.Length;

        // row[j] = distance between a[..i] and b[..j] for the current i.
        Span<int> row = b.Length + 1 <= StackRowLimit ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j < row.Length; j++) row[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                var substitution = diagonal + (a[i - 1].Equals(b[j - 1]) ? 0 : 1);
                row[j] = Math.Min(substitution, Math.Min(above, row[j - 1]) + 1);
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
