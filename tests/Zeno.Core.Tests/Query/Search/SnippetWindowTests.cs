using Zeno.Core.Query.Search;

namespace Zeno.Core.Tests.Query.Search;

public sealed class SnippetWindowTests
{
    private static readonly string Long = string.Concat(Enumerable.Range(0, 30).Select(i => $"word{i:D2} "));

    [Fact]
    public void A_short_text_is_shown_whole()
    {
        var snippet = SnippetWindow.Cut("a", "hello world", (6, 5), 80);
        Assert.Equal(new TextSnippet("a", "hello world", 6, 5, false, false), snippet);
    }

    [Fact]
    public void A_match_in_the_middle_is_centred()
    {
        var start = Long.IndexOf("word15", StringComparison.Ordinal);
        var snippet = SnippetWindow.Cut("a", Long, (start, 6), 20);
        Assert.Equal(20, snippet.Text.Length);
        Assert.Equal("word15", snippet.Text.Substring(snippet.MatchStart!.Value, snippet.MatchLength));
        Assert.Equal(7, snippet.MatchStart);
        Assert.True(snippet.ClippedStart && snippet.ClippedEnd);
    }

    [Fact]
    public void A_match_at_either_end_pulls_the_window_inside_the_text()
    {
        var first = SnippetWindow.Cut("a", Long, (0, 6), 20);
        Assert.Equal((0, false, true), (first.MatchStart!.Value, first.ClippedStart, first.ClippedEnd));
        var lastStart = Long.IndexOf("word29", StringComparison.Ordinal);
        var last = SnippetWindow.Cut("a", Long, (lastStart, 6), 20);
        Assert.Equal(Long[^20..], last.Text);
        Assert.Equal("word29", last.Text.Substring(last.MatchStart!.Value, last.MatchLength));
    }

    [Fact]
    public void A_match_longer_than_the_window_is_cut_at_the_window()
    {
        var snippet = SnippetWindow.Cut("a", Long, (10, 100), 20);
        Assert.Equal((0, 20), (snippet.MatchStart!.Value, snippet.MatchLength));
        Assert.Equal(Long.Substring(10, 20), snippet.Text);
    }

    [Fact]
    public void No_match_shows_the_start_without_a_highlight()
    {
        var snippet = SnippetWindow.Cut("a", Long, null, 20);
        Assert.Equal((Long[..20], (int?)null, 0), (snippet.Text, snippet.MatchStart, snippet.MatchLength));
    }

    [Fact]
    public void Surrogate_pairs_are_never_split()
    {
        var text = new string('a', 9) + "😀" + new string('b', 20) + "😀" + new string('c', 20);
        for (var width = 3; width < 30; width++)
        {
            for (var at = 0; at < text.Length - 2; at++)
            {
                var snippet = SnippetWindow.Cut("a", text, (at, 1), width);
                Assert.False(char.IsLowSurrogate(snippet.Text[0]));
                Assert.False(char.IsHighSurrogate(snippet.Text[^1]));
            }
        }
    }
}
