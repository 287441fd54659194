using Zeno.Core.Config;
using Zeno.Core.Errors;

namespace Zeno.Core.Tests.Config;

// The shared Suggest helper judged against zeno.toml's own vocabulary: the typos people make in it are caught,
// and keys that are simply wrong get the list of valid keys rather than a far-fetched guess.
public sealed class ConfigKeySuggestionTests
{
    [Theory]
    [InlineData("outptu_column", "output_column")]
    [InlineData("Label_Column", "label_column")]
    [InlineData("bach_size", "batch_size")]
    [InlineData("modles", "models")]
    public void A_typo_in_a_key_finds_the_key_it_was_meant_to_be(string typo, string expected)
    {
        Assert.Equal(expected, Suggest.Closest(typo, ConfigKeys.TopLevel.Concat(ConfigKeys.Model)));
    }

    [Theory]
    [InlineData("colour")]
    [InlineData("x")]
    [InlineData("threshold")]
    public void An_unrelated_key_finds_nothing(string word)
    {
        Assert.Null(Suggest.Closest(word, ConfigKeys.Slice));
    }
}
