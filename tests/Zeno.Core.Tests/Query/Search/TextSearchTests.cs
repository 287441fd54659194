using System.Text.RegularExpressions;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Search;
using Zeno.Core.Tests.Query.Histograms;
using Zeno.Tests.Support;
using Group = Zeno.Core.Query.Filters.Group;

namespace Zeno.Core.Tests.Query.Search;

public sealed class TextSearchTests
{
    private static readonly (string Pattern, bool Regex)[] Patterns =
    [
        ("cat", false), ("CAT", false), ("the quick", false), ("été", false), ("ÉTÉ", false), ("x", false),
        ("^the", true), ("fox$", true), ("b.rked", true), ("[cd](at|og)", true), ("l[a-z]+y", true),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Counts_equal_the_text_filter_and_snippets_show_the_first_match_at_its_offset(int seed)
    {
        using var project = new HistogramProject(seed);
        var context = project.Context;
        var random = new Random(seed);
        var table = project.Table();
        var texts = HistogramOracle.Values(context, "review");
        var search = new TextSearch(context);
        for (var round = 0; round < 40; round++)
        {
            var (pattern, regex) = Some.Pick(random, Patterns);
            var request = new TextSearchRequest("review", pattern)
            {
                IsRegex = regex,
                CaseSensitive = random.Next(2) == 0,
                WholeWord = random.Next(3) == 0,
                Negated = random.Next(5) == 0,
                Filter = random.Next(2) == 0 ? null : Some.Predicate(random, table, 1),
                Snippets = random.Next(1, 8),
                Window = random.Next(10, 90),
            };
            var node = request.ToTextMatch();
            var result = search.Search(request);
            var expected = HistogramOracle.Ids(context, request.Filter is null ? node : Group.And(request.Filter, node)).Order(StringComparer.Ordinal).ToList();
            var where = $"seed {seed}, round {round}: {node} under {request.Filter}";

            Assert.True(expected.Count == result.Count, $"{where}: {result.Count} rows, expected {expected.Count}");
            Assert.Equal(expected.Take(request.Snippets), result.Snippets.Select(s => s.Id));
            foreach (var snippet in result.Snippets)
            {
                var text = (string)texts[snippet.Id]!;
                Assert.True(snippet.Text.Length <= Math.Max(request.Window, 0) + 1 || snippet.Text == text, where);
                if (request.Negated)
                {
                    Assert.Null(snippet.MatchStart);
                    continue;
                }
                var (start, length) = FirstMatch(node, text);
                Assert.True(snippet.MatchStart is not null, $"{where}: no highlight in '{text}'");
                var offset = text.IndexOf(snippet.Text, StringComparison.Ordinal);
                Assert.True(offset >= 0, where);
                Assert.Equal(start, offset + snippet.MatchStart!.Value);
                Assert.Equal(Math.Min(length, snippet.Text.Length - snippet.MatchStart.Value), snippet.MatchLength);
            }
        }
    }

    [Fact]
    public void Searching_a_column_that_is_not_text_is_refused()
    {
        using var project = new HistogramProject(3);
        var error = Assert.Throws<InvalidFilterException>(() => new TextSearch(project.Context).Search(new TextSearchRequest("score", "1")));
        Assert.Contains("not text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_rows_of_the_filter_are_searched()
    {
        using var project = new HistogramProject(4);
        var flag = new Comparison("flag", ComparisonOp.Equal, new FilterValue.Bool(true));
        var search = new TextSearch(project.Context);
        var all = search.Search(new TextSearchRequest("review", "cat"));
        var some = search.Search(new TextSearchRequest("review", "cat") { Filter = flag, Snippets = 0 });
        Assert.InRange(some.Count, 1, all.Count - 1);
        Assert.Empty(some.Snippets);
    }

    // The first match by plain .NET calls, written apart from MatchFinder.
    private static (int Start, int Length) FirstMatch(TextMatch node, string text)
    {
        if (!node.IsRegex && !node.WholeWord)
        {
            var comparison = node.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            return (text.IndexOf(node.Pattern, comparison), node.Pattern.Length);
        }
        var core = node.IsRegex ? node.Pattern : Regex.Escape(node.Pattern);
        var pattern = node.WholeWord ? $@"\b(?:{core})\b" : core;
        var match = Regex.Match(text, pattern, RegexOptions.CultureInvariant | (node.CaseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase));
        return (match.Index, match.Length);
    }
}
