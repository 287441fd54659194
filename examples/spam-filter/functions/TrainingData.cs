using System.Text.Json;

namespace SpamFilter;

/// <summary>Reads the labelled training e-mails of <c>data/train.jsonl</c> (one JSON object per line).</summary>
public static class TrainingData
{
    public const string FileName = "train.jsonl";

    /// <summary>The first <paramref name="count"/> e-mails, in file order, as (text, is spam).</summary>
    /// <remarks>
    /// The file is interleaved so that every prefix has the class mix of the whole file: the first N e-mails are a
    /// fair, smaller training set, and growing N gives models of growing quality.
    /// </remarks>
    public static List<(string Text, bool IsSpam)> ReadFirst(string dataPath, int count)
    {
        var path = Path.Combine(dataPath, FileName);
        if (!File.Exists(path))
            throw new FileNotFoundException($"training data not found: {path} (data_path in zeno.toml must name the folder that holds {FileName})", path);

        var emails = new List<(string, bool)>(count);
        foreach (var line in File.ReadLines(path).Where(line => line.Length > 0).Take(count))
        {
            using var json = JsonDocument.Parse(line);
            var email = json.RootElement;
            emails.Add((email.GetProperty("text").GetString() ?? "", email.GetProperty("label").GetString() == "spam"));
        }
        if (emails.Count < count)
            throw new ArgumentException($"{path} has only {emails.Count} e-mails; cannot train on the first {count}");
        return emails;
    }
}
