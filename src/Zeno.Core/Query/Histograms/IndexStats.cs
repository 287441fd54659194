namespace Zeno.Core.Query.Histograms;

/// <summary>What the binned index holds in memory: for checking it against its budget (and the server's).</summary>
/// <param name="Bytes">Bytes of codes, row bitmaps and per-row metric values held now.</param>
/// <param name="Parts">How many of them.</param>
/// <param name="Budget">The most bytes it keeps (set with <c>ZENO_INDEX_BUDGET_MB</c>; 0 turns the index off).</param>
public sealed record IndexStats(long Bytes, int Parts, long Budget);
