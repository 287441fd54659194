namespace Zeno.Core.Errors;

/// <summary>
/// Finds the name a user probably meant ("agee" → "age", "Label" → "label"), for "did you mean" hints in config
/// errors and unknown-column errors alike. Pure, so its judgement is tested without anything around it.
/// </summary>
public static class Suggest
{
    /// <summary>
    /// The candidate closest to <paramref name="input"/>, ignoring case, or null when none is close enough to be a
    /// typo: at most a third of the longer name's length in edits (at least one). Ties go to the earlier candidate.
    /// </summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(candidates);
        var needle = input.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(needle, candidate.ToLowerInvariant());
            var allowed = Math.Max(1, Math.Max(input.Length, candidate.Length) / 3);
            if (distance <= allowed && distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }
        return best;
    }

    /// <summary>
    /// Edits (insert, delete, replace, swap two neighbours) that turn <paramref name="a"/> into <paramref name="b"/>:
    /// the optimal-string-alignment form of Damerau–Levenshtein, since a swapped pair is the commonest typo.
    /// </summary>
    public static int Distance(string a, string b)
    {
        // Three rolling rows (two back, one back, current) are all the swap rule needs.
        var twoBack = new int[b.Length + 1];
        var oneBack = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            oneBack[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(oneBack[j] + 1, current[j - 1] + 1), oneBack[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], twoBack[j - 2] + 1);
                }
            }
            (twoBack, oneBack, current) = (oneBack, current, twoBack);
        }
        return oneBack[b.Length];
    }
}
