namespace Zeno.Core.Query.Metrics;

/// <summary>Edits and reference length summed over a slice: enough for word or character error rate.</summary>
/// <param name="Edits">Σ edit distance between reference (label) and hypothesis (output).</param>
/// <param name="ReferenceLength">Σ reference length, in the same units (words or characters).</param>
public sealed record ErrorRateSums(long Edits, long ReferenceLength) : MetricStatistics
{
    /// <summary>No rows: the statistics of an empty slice.</summary>
    public static ErrorRateSums Empty { get; } = new(0, 0);

    /// <summary>Word edits and reference words of one row (WER's contribution of that row).</summary>
    public static ErrorRateSums ForWords(string? reference, string? hypothesis) =>
        new(EditDistance.Words(reference, hypothesis), EditDistance.WordCount(reference));

    /// <summary>Character edits and reference characters of one row (CER's contribution of that row).</summary>
    public static ErrorRateSums ForChars(string? reference, string? hypothesis) =>
        new(EditDistance.Chars(reference, hypothesis), EditDistance.CharCount(reference));

    /// <summary>The statistics of the union of two disjoint sets of rows.</summary>
    public static ErrorRateSums operator +(ErrorRateSums a, ErrorRateSums b) =>
        new(a.Edits + b.Edits, a.ReferenceLength + b.ReferenceLength);
}
