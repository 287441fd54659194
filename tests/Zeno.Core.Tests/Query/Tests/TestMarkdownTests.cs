using Zeno.Core.Query.Tests;

namespace Zeno.Core.Tests.Query.Tests;

public sealed class TestMarkdownTests
{
    private static readonly Expectation AtLeast90 = Expectation.Parse(">= 0.9");

    private static readonly TestOutcome[] Outcomes =
    [
        new("overall", "All instances", "accuracy", "v2", 0.95, AtLeast90),
        new("hard ham", "hard ham", "accuracy", "v1", 0.55, AtLeast90),
        new("hard ham", "hard ham", "accuracy", "v2", 0.78, AtLeast90),
        new("Q3: short | long accuracy", "short | long", "accuracy", "v2", null, AtLeast90) { Error = "slice 'short | long' was deleted" },
    ];

    [Fact]
    public void The_headline_counts_what_did_not_pass()
    {
        var markdown = TestMarkdown.Write(Outcomes, ["v1", "v2"], "Spam filter");

        Assert.StartsWith("## ❌ Zeno: 3 of 4 behavioral checks did not pass\n", markdown, StringComparison.Ordinal);
        Assert.Contains("**Spam filter** · 1 passed · 2 failed · 1 error", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Failing_tests_come_first_with_a_mark_and_value_per_model()
    {
        var lines = TestMarkdown.Write(Outcomes, ["v1", "v2"], "p").Split('\n');

        var table = lines.Where(line => line.StartsWith('|')).ToList();
        Assert.Equal("| | test | slice | metric | expect | v1 | v2 |", table[0]);
        Assert.Equal("| ❌ | hard ham | hard ham | accuracy | >= 0.9 | ❌ 0.55 | ❌ 0.78 |", table[2]);
        Assert.Equal("| ❌ | Q3: short \\| long accuracy | short \\| long | accuracy | >= 0.9 | | ⚠️ error |", table[3]);
        Assert.Equal("| ✅ | overall | All instances | accuracy | >= 0.9 | | ✅ 0.95 |", table[4]);
        Assert.Contains("- ⚠️ **Q3: short \\| long accuracy** · v2: error: slice 'short \\| long' was deleted", lines);
    }

    [Fact]
    public void All_passing_is_one_green_headline()
    {
        var markdown = TestMarkdown.Write([Outcomes[0]], ["v1", "v2"], "p");

        Assert.StartsWith("## ✅ Zeno: all 1 behavioral checks passed", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Not passing", markdown, StringComparison.Ordinal);
    }
}
