namespace Zeno.Core.Query.Search;

/// <summary>Cuts a window of about <c>width</c> characters around a match, centred where the text allows.</summary>
internal static class SnippetWindow
{
    public static TextSnippet Cut(string id, string text, (int Start, int Length)? match, int width)
    {
        var (matchStart, matchLength) = match ?? (0, 0);
        var length = Math.Min(width, text.Length);
        // The match first, then the rest of the window shared before and after it; pushed back inside the text.
        var start = Math.Clamp(matchStart - Math.Max(0, length - matchLength) / 2, 0, text.Length - length);
        if (matchLength >= length)
            start = matchStart;
        var end = Math.Min(text.Length, start + length);
        // Never split a surrogate pair: widen by the other half.
        if (start > 0 && char.IsLowSurrogate(text[start]))
            start--;
        if (end < text.Length && end > 0 && char.IsHighSurrogate(text[end - 1]))
            end++;
        int? shownStart = match is null ? null : matchStart - start;
        var shownLength = match is null ? 0 : Math.Min(matchLength, end - matchStart);
        return new TextSnippet(id, text[start..end], shownStart, shownLength, start > 0, end < text.Length);
    }
}
