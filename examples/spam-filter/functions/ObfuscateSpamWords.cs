namespace SpamFilter;

public static class ObfuscateSpamWords
{
    // The words a filter learns to catch, which is why spammers disguise them.
    private static readonly Regex SpamWord = new(
        @"\b(?:free|money|cash|click|viagra|offer|credit|winner|prize|guaranteed?|bonus|discount|cheap|mortgage|loan|income|earn|investment|million|dollar|order|remove)s?\b",
        RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex FirstLookAlike = new("[aeiolAEIOL]", RegexOptions.Compiled);

    /// <summary>
    /// A metamorphic test: spam stays spam when "free" is written "fr3e", "money" "m0ney" or "click" "c1ick", but a
    /// filter that only knows the spelled-out words misses it. The first vowel (or l) of each spam word becomes a
    /// digit or sign that looks like it; the same text always gives the same result.
    /// </summary>
    [Transform("obfuscate_spam_words")]
    public static TransformReturn Obfuscate(DataFrame batch, ZenoOptions options) =>
        new(Emails.Texts(batch, options).Select(text => SpamWord.Replace(text, word => Disguise(word.Value))));

    private static string Disguise(string word) =>
        FirstLookAlike.Replace(word, letter => char.ToLowerInvariant(letter.Value[0]) switch
        {
            'a' => "@",
            'e' => "3",
            'i' or 'l' => "1",
            _ => "0", // o
        }, count: 1);
}
