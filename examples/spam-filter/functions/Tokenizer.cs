namespace SpamFilter;

/// <summary>Splits an e-mail into the lower-case tokens the naive-Bayes model counts.</summary>
public static class Tokenizer
{
    // One alternative per kind of token. URLs and numbers are normalised to one token each: which link or which
    // number an e-mail has rarely matters, that it has many of them often does. Chinese and Japanese have no spaces,
    // so each of their characters (and each Korean syllable) counts as a word of its own; otherwise a word is a run
    // of letters and digits ("fr3e" stays one token, which a model that has never seen it ignores).
    private static readonly Regex Token = new(
        @"(?<url>https?://\S+|www\.\S+)" +
        @"|(?<money>\$\s?\d+(?:[.,]\d+)*)" +
        @"|(?<number>\d+(?:[.,:]\d+)*(?![\p{L}\d]))" +
        @"|(?<ideograph>[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}\p{IsHangulSyllables}])" +
        @"|(?<word>[\p{L}\p{N}](?:[\p{L}\p{N}']*[\p{L}\p{N}])?)" +
        @"|(?<bang>!)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // Longer "words" are base64 or uuencoded leftovers: noise, not vocabulary.
    private const int MaxWordLength = 30;

    public static IEnumerable<string> Tokenize(string text)
    {
        foreach (Match match in Token.Matches(text))
        {
            if (match.Groups["url"].Success) yield return "<url>";
            else if (match.Groups["money"].Success) yield return "<money>";
            else if (match.Groups["number"].Success) yield return "<number>";
            else if (match.Groups["bang"].Success) yield return "!";
            else if (match.Length <= MaxWordLength) yield return match.Value.ToLowerInvariant();
        }
    }
}
