using System.Text.Json;

namespace Snippets;

public static class SnippetRetrieval
{
    private static readonly Regex Word = new(@"[a-z]+", RegexOptions.Compiled);
    private static readonly HashSet<string> StopWords = ["a", "an", "the", "of", "to", "in", "is", "it", "and", "or", "from", "with", "into", "for", "me", "give", "write", "that", "return", "returns", "function", "one", "its", "each", "all", "by"];

    /// <summary>
    /// "Code generation" by retrieval: the task's words are compared with each snippet's description in
    /// data/library.json and the snippet with the most words in common is the answer. "words-stemmed" also reduces
    /// words to a crude stem (duplicates → duplic), so more paraphrases find their snippet. The output is the code.
    /// </summary>
    [Model]
    public static Func<DataFrame, ZenoOptions, ModelReturn> Load(string modelName, ZenoOptions options)
    {
        Func<string, string> normalise = modelName switch
        {
            "words" => word => word,
            "words-stemmed" => Stem,
            _ => throw new ArgumentException($"unknown model '{modelName}': use words or words-stemmed", nameof(modelName)),
        };
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(options.DataPath, "library.json")));
        var library = json.RootElement.EnumerateArray()
            .Select(s => (Words: Words(s.GetProperty("description").GetString()!, normalise), Code: s.GetProperty("code").GetString()!))
            .ToList();
        return (batch, o) => new ModelReturn(batch.Columns[o.DataColumn!].Cast<string>()
            .Select(prompt => Words(prompt, normalise))
            .Select(words => library.MaxBy(s => s.Words.Count(words.Contains)).Code)
            .ToArray());
    }

    private static HashSet<string> Words(string text, Func<string, string> normalise) =>
        Word.Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => !StopWords.Contains(w)).Select(normalise).ToHashSet();

    private static string Stem(string word)
    {
        foreach (var suffix in new[] { "ates", "ate", "ing", "es", "s", "ed" })
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
                return word[..^suffix.Length];
        return word;
    }
}
