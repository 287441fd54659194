namespace Zeno.Core.Query.Index;

/// <summary>A set of codes as runs of consecutive codes, which a vector compare tests in two instructions each. Pure.</summary>
internal static class CodeRuns
{
    /// <summary>The runs [First, Last] of kept codes, in order.</summary>
    public static IReadOnlyList<(int First, int Last)> Of(bool[] keep)
    {
        var runs = new List<(int, int)>();
        for (var code = 0; code < keep.Length; code++)
        {
            if (!keep[code])
                continue;
            var first = code;
            while (code + 1 < keep.Length && keep[code + 1])
                code++;
            runs.Add((first, code));
        }
        return runs;
    }
}
