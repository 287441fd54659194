namespace SpamFilter;

/// <summary>
/// Metadata computed from each e-mail's text, once for all models: each becomes a column to chart, filter and
/// slice by ("short e-mails", "shouting", "money talk").
/// </summary>
public static class TextDistills
{
    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.Compiled);

    // Words that sell. Case-insensitive, whole words, with a plural s; "$" followed by a digit is a price.
    private static readonly Regex MoneyWord = new(
        @"\$\s?\d|\b(?:free|money|cash|cheap|credit|dollar|earn|income|profit|price|save|offer|million|investment|loan|mortgage|rich)s?\b",
        RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [Distill("word_count")]
    public static DistillReturn WordCount(DataFrame batch, ZenoOptions options) =>
        new(Emails.Texts(batch, options).Select(text => Whitespace.Split(text.Trim()).Count(word => word.Length > 0)));

    /// <summary>Share of the letters that are capitals: 0.3 and more is SHOUTING.</summary>
    [Distill("uppercase_ratio")]
    public static DistillReturn UppercaseRatio(DataFrame batch, ZenoOptions options) =>
        new(Emails.Texts(batch, options).Select(text => Ratio(text.Count(char.IsUpper), text.Count(char.IsLetter))));

    [Distill("exclamation_count")]
    public static DistillReturn ExclamationCount(DataFrame batch, ZenoOptions options) =>
        new(Emails.Texts(batch, options).Select(text => text.Count(c => c == '!')));

    /// <summary>How often the e-mail talks money: free, cash, credit, $100, ...</summary>
    [Distill("money_words")]
    public static DistillReturn MoneyWords(DataFrame batch, ZenoOptions options) =>
        new(Emails.Texts(batch, options).Select(text => MoneyWord.Count(text)));

    /// <summary>Share of characters outside ASCII: high for Chinese, Russian or Korean e-mails, a hint of the language.</summary>
    [Distill("non_ascii_ratio")]
    public static DistillReturn NonAsciiRatio(DataFrame batch, ZenoOptions options) =>
        new(Emails.Texts(batch, options).Select(text => Ratio(text.Count(c => c > '\x7f'), text.Length)));

    private static double Ratio(int part, int whole) => whole == 0 ? 0.0 : Math.Round((double)part / whole, 4);
}
