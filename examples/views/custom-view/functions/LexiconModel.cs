namespace Reviews;

public static class LexiconModel
{
    private static readonly Dictionary<string, int> Lexicon = new()
    {
        ["excellent"] = 2, ["perfect"] = 2, ["best"] = 2, ["amazing"] = 2, ["love"] = 2, ["great"] = 1, ["good"] = 1,
        ["nice"] = 1, ["comfortable"] = 1, ["solid"] = 1, ["easy"] = 1, ["fast"] = 1, ["fine"] = 0, ["okay"] = 0,
        ["broke"] = -2, ["broken"] = -2, ["terrible"] = -2, ["worst"] = -2, ["avoid"] = -2, ["poor"] = -1,
        ["disappointing"] = -1, ["cheap"] = -1, ["leaks"] = -1, ["flickers"] = -1, ["confusing"] = -1, ["bad"] = -1,
        ["rusted"] = -2, ["cracked"] = -2, ["small"] = -1, ["heavy"] = -1, ["loose"] = -1,
    };

    private static readonly Regex Word = new(@"[a-z]+", RegexOptions.Compiled);

    /// <summary>
    /// A sentiment lexicon turned into stars: the sum of the review's word scores, 3 stars for zero, one more or less
    /// per point, clamped to 1–5. It does not read negations ("not good" counts as good): the custom view's cards
    /// show where that hurts.
    /// </summary>
    [Model]
    public static Func<DataFrame, ZenoOptions, ModelReturn> Load(string modelName, ZenoOptions options)
    {
        if (modelName != "lexicon")
            throw new ArgumentException($"unknown model '{modelName}': use lexicon", nameof(modelName));
        return (batch, o) => new ModelReturn(batch.Columns[o.DataColumn!].Cast<string>()
            .Select(text => (long)Math.Clamp(3 + Word.Matches(text.ToLowerInvariant()).Sum(m => Lexicon.GetValueOrDefault(m.Value)), 1, 5))
            .ToArray());
    }
}
