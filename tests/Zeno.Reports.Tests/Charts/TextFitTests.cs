using Zeno.Reports.Charts;

namespace Zeno.Reports.Tests.Charts;

public sealed class TextFitTests
{
    // A fake font: every character (text element) is one unit wide.
    private static float Measure(string text) => new System.Globalization.StringInfo(text).LengthInTextElements;

    [Theory]
    [InlineData("hard ham", 8, "hard ham")]
    [InlineData("hard ham", 7, "hard h…")]
    [InlineData("hard ham", 6, "hard…")] // the space before the ellipsis goes
    [InlineData("hard ham", 1, "…")]
    [InlineData("hard ham", 0.5, "")]
    [InlineData("", 3, "")]
    public void Ellipsize_keeps_what_fits_and_marks_the_cut(string text, float width, string expected)
    {
        Assert.Equal(expected, TextFit.Ellipsize(text, width, Measure));
    }

    [Fact]
    public void Ellipsize_never_splits_a_surrogate_pair()
    {
        var cut = TextFit.Ellipsize("ab😀😀cd", 4, Measure);
        Assert.Equal("ab😀…", cut);
    }

    [Fact]
    public void Wrap_breaks_between_words_and_ends_an_overflowing_last_line_with_an_ellipsis()
    {
        Assert.Equal(["long emails (>", "2,000 chars)"], TextFit.Wrap("long emails (> 2,000 chars)", 15, 3, Measure));
        Assert.Equal(["long emails", "(> 2,000 ch…"], TextFit.Wrap("long emails (> 2,000 chars)", 12, 2, Measure));
        Assert.Equal(["spam"], TextFit.Wrap("spam", 10, 2, Measure));
    }

    [Fact]
    public void Wrap_breaks_after_hyphens_underscores_and_dots_too()
    {
        Assert.Equal(["distilbert-ft-", "2024-09"], TextFit.Wrap("distilbert-ft-2024-09", 15, 2, Measure));
        Assert.Equal(["run_2024.", "best"], TextFit.Wrap("run_2024.best", 10, 2, Measure));
    }

    [Fact]
    public void Wrap_breaks_a_word_longer_than_a_line()
    {
        Assert.Equal(["distilbert", "-ft-2024-…"], TextFit.Wrap("distilbert-ft-2024-09", 10, 2, Measure));
    }

    [Fact]
    public void Every_wrapped_line_fits()
    {
        var random = new Random(3);
        for (var i = 0; i < 500; i++)
        {
            var text = string.Join(" ", Enumerable.Range(0, random.Next(1, 8)).Select(_ => new string('x', random.Next(1, 14))));
            var width = random.Next(1, 20);
            var lines = TextFit.Wrap(text, width, random.Next(1, 4), Measure);
            Assert.All(lines, line => Assert.True(Measure(line) <= width, $"'{line}' > {width}"));
        }
    }
}
