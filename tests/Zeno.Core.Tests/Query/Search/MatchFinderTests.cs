using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Search;

namespace Zeno.Core.Tests.Query.Search;

public sealed class MatchFinderTests
{
    [Theory]
    [InlineData("The cat sat", "CAT", false, false, false, 4, 3)]
    [InlineData("The cat sat", "CAT", false, true, false, -1, 0)]
    [InlineData("concat cat", "cat", false, false, true, 7, 3)]
    [InlineData("Cat. cat", "cat", false, true, true, 5, 3)]
    [InlineData("the fox jumps", "f.x", true, false, false, 4, 3)]
    [InlineData("THE FOX", "^the", true, false, false, 0, 3)]
    [InlineData("THE FOX", "^the", true, true, false, -1, 0)]
    [InlineData("a.b a+b", "a+b", false, false, false, 4, 3)]
    [InlineData("dogs dog", "dog", true, false, true, 5, 3)]
    public void The_first_match_is_found_with_the_filters_options(string text, string pattern, bool regex, bool caseSensitive, bool wholeWord, int start, int length)
    {
        var found = MatchFinder.First(new TextMatch("t", pattern, regex, caseSensitive, wholeWord), text);
        Assert.Equal(start < 0 ? null : (start, length), found);
    }

    [Fact]
    public void A_pattern_dotnet_does_not_read_gives_no_highlight_instead_of_an_error() =>
        Assert.Null(MatchFinder.First(new TextMatch("t", "(?P<word>cat)", IsRegex: true), "cat"));
}
