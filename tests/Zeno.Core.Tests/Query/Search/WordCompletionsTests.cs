using System.Text.RegularExpressions;
using Zeno.Core.Query.Search;
using Zeno.Core.Tests.Query.Histograms;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Query.Search;

public sealed class WordCompletionsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Completions_are_the_words_with_the_prefix_counted_per_row_of_the_selection_like_a_plain_scan(int seed)
    {
        using var project = new HistogramProject(seed);
        var context = project.Context;
        var random = new Random(seed);
        var table = project.Table();
        var texts = HistogramOracle.Values(context, "review");
        var words = texts.Values.OfType<string>().SelectMany(Words).Distinct().ToList();
        var completions = new WordCompletions(context);
        for (var round = 0; round < 30; round++)
        {
            var word = Some.Pick(random, words);
            var prefix = word[..Math.Min(word.Length, random.Next(2, 5))];
            var typed = random.Next(2) == 0 ? prefix : $"the {prefix.ToUpperInvariant()}";
            var filter = random.Next(2) == 0 ? null : Some.Predicate(random, table, 1);
            var ids = HistogramOracle.Ids(context, filter);
            var expected = texts.Where(entry => ids.Contains(entry.Key) && entry.Value is string)
                .SelectMany(entry => Words((string)entry.Value!).Where(w => w.StartsWith(prefix, StringComparison.Ordinal)).Distinct())
                .GroupBy(w => w, StringComparer.Ordinal)
                .Select(g => new WordCompletion(g.Key, g.Count()))
                .OrderByDescending(c => c.Rows).ThenBy(c => c.Word, StringComparer.Ordinal)
                .Take(8).ToList();

            var actual = completions.Complete("review", typed, filter, null, null);

            Assert.True(expected.SequenceEqual(actual), $"seed {seed}, round {round}: '{typed}' under {filter}: " +
                $"got [{string.Join(", ", actual)}], expected [{string.Join(", ", expected)}]");
        }
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("unsub", "unsub")]
    [InlineData("free MONey", "money")]
    [InlineData("ends with space ", "")]
    [InlineData("a.b", "b")]
    [InlineData("café", "café")]
    public void The_word_completed_is_the_last_one_typed(string typed, string word) => Assert.Equal(word, WordCompletions.LastWord(typed));

    [Fact]
    public void A_prefix_of_one_letter_or_of_regex_syntax_completes_nothing()
    {
        using var project = new HistogramProject(1);
        var completions = new WordCompletions(project.Context);
        Assert.Empty(completions.Complete("review", "t", null, null, null));
        Assert.Empty(completions.Complete("review", "(.*", null, null, null));
    }

    private static IEnumerable<string> Words(string text) =>
        Regex.Matches(text.ToLowerInvariant(), @"[\p{L}\p{N}_]+").Select(m => m.Value);
}
