using Zeno.Core.Config;
using Zeno.Core.Query.Metrics;
using static Zeno.Core.Tests.Query.Metrics.Rows;

namespace Zeno.Core.Tests.Query.Metrics;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("the cat sat", "the cat sat down", 1)] // insertion
    [InlineData("the cat sat", "the dog sat", 1)] // substitution
    [InlineData("the cat sat", "the sat", 1)] // deletion
    [InlineData("the cat sat on the mat", "cat sat in a mat", 3)] // delete "the", substitute "on"→"in", "the"→"a"
    [InlineData("  the \t cat\n", "the cat", 0)] // whitespace only separates
    [InlineData("The cat", "the cat", 1)] // case matters
    [InlineData("", "a b", 2)]
    [InlineData("a b", null, 2)]
    public void Words_counts_word_edits(string reference, string? hypothesis, int expected)
    {
        Assert.Equal(expected, EditDistance.Words(reference, hypothesis));
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("abc", "", 3)]
    [InlineData("", "", 0)]
    [InlineData("a😀b", "ab", 1)] // an emoji is one character, not two UTF-16 units
    [InlineData("a😀b", "a😁b", 1)]
    public void Chars_counts_character_edits(string reference, string hypothesis, int expected)
    {
        Assert.Equal(expected, EditDistance.Chars(reference, hypothesis));
        Assert.Equal(expected, EditDistance.Chars(hypothesis, reference));
    }

    [Fact]
    public void Word_error_rate_is_edits_over_reference_words()
    {
        Assert.Equal(1.0 / 3, Compute(BuiltInMetric.Wer, ErrorRateSums.ForWords("the cat sat", "the cat sat down"))!.Value, 15);
    }

    [Fact]
    public void Word_error_rate_of_a_slice_pools_edits_and_words_over_rows()
    {
        // (1 + 0) edits over (3 + 2) words = 1/5, not the mean of per-row rates (1/3 + 0) / 2.
        var stats = ErrorRateSums.ForWords("the cat sat", "the dog sat") + ErrorRateSums.ForWords("hello world", "hello world");

        Assert.Equal(1.0 / 5, Compute(BuiltInMetric.Wer, stats)!.Value, 15);
    }

    [Fact]
    public void Character_error_rate_is_edits_over_reference_characters()
    {
        Assert.Equal(new ErrorRateSums(3, 6), ErrorRateSums.ForChars("kitten", "sitting"));
        Assert.Equal(1.0 / 2, Compute(BuiltInMetric.Cer, ErrorRateSums.ForChars("kitten", "sitting")));
        Assert.Equal(3, EditDistance.CharCount("a😀b"));
    }

    [Fact]
    public void Long_texts_beyond_the_stack_row_match_a_full_table()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var a = RandomText(random, random.Next(0, trial < 100 ? 12 : 400));
            var b = RandomText(random, random.Next(0, trial < 100 ? 12 : 400));

            Assert.Equal(FullTable(a, b), EditDistance.Chars(a, b));
        }
    }

    private static string RandomText(Random random, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => "abc"[random.Next(3)])]);

    // The textbook (n+1)×(m+1) table, kept naive on purpose as the reference.
    private static int FullTable(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
