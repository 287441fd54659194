using System.Text.Json;

namespace Support;

public static class KeywordBot
{
    private static readonly Dictionary<string, string[]> Keywords = new()
    {
        ["hours"] = ["open", "opening", "hours", "sunday", "closed"],
        ["returns"] = ["return", "refund", "back", "money"],
        ["repair"] = ["repair", "service", "fix", "fixed", "book"],
        ["tyres"] = ["tyre", "tyres", "pressure", "bar", "psi"],
        ["delivery"] = ["delivery", "arrive", "ship", "shipping", "tracking", "parcel"],
        ["warranty"] = ["warranty", "covered", "broke", "broken"],
        ["payment"] = ["pay", "card", "cash", "instalments", "payment"],
    };

    // What "keyword-bot-v2" adds: words customers use that the first list missed.
    private static readonly Dictionary<string, string[]> Synonyms = new()
    {
        ["hours"] = ["come", "tomorrow", "when"],
        ["repair"] = ["skip", "gears"],
        ["tyres"] = ["wheels", "road"],
        ["warranty"] = ["guarantee"],
        ["returns"] = ["send"],
    };

    private static readonly Regex Word = new(@"[a-z]+", RegexOptions.Compiled);

    /// <summary>
    /// A support bot that answers the conversation's last customer message with one of the shop's approved answers
    /// (data/answers.json): the intent whose keywords the message shares most; none shared → hand over to a person.
    /// "keyword-bot-v2" knows more words per intent. The output is the answer's markdown, which the chat view shows
    /// as the assistant's reply.
    /// </summary>
    [Model]
    public static Func<DataFrame, ZenoOptions, ModelReturn> Load(string modelName, ZenoOptions options)
    {
        var keywords = modelName switch
        {
            "keyword-bot-v1" => Keywords,
            "keyword-bot-v2" => Keywords.ToDictionary(k => k.Key, k => k.Value.Concat(Synonyms.GetValueOrDefault(k.Key, [])).ToArray()),
            _ => throw new ArgumentException($"unknown model '{modelName}': use keyword-bot-v1 or keyword-bot-v2", nameof(modelName)),
        };
        var answers = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(options.DataPath, "answers.json")))!;
        return (batch, o) => new ModelReturn(batch.Columns[o.DataColumn!].Cast<string>().Select(path =>
        {
            var words = Word.Matches(LastUserMessage(Path.Combine(o.DataPath, path)).ToLowerInvariant()).Select(m => m.Value).ToHashSet();
            var (intent, hits) = keywords.Select(k => (k.Key, Hits: k.Value.Count(words.Contains))).MaxBy(k => k.Hits);
            return answers[hits > 0 ? intent : "human"];
        }).ToArray());
    }

    private static string LastUserMessage(string path)
    {
        using var chat = JsonDocument.Parse(File.ReadAllText(path));
        return chat.RootElement.GetProperty("messages").EnumerateArray()
            .Last(m => m.GetProperty("role").GetString() == "user").GetProperty("content").GetString() ?? "";
    }
}
