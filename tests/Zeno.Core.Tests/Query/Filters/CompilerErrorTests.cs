using Zeno.Core.Config;
using Zeno.Core.Errors;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Sql;

namespace Zeno.Core.Tests.Query.Filters;

/// <summary>Filters that parse but cannot run against the table say why, naming the column.</summary>
public sealed class CompilerErrorTests
{
    private static string Compile(string filter) =>
        PredicateCompiler.Compile(FilterParser.Parse(filter), PredicateCompilerTests.Columns, new SqlParameters());

    [Fact]
    public void An_unknown_column_is_rejected_with_the_closest_name_and_the_list_of_columns()
    {
        var error = Assert.Throws<UnknownColumnException>(() => Compile("scroe > 1"));

        Assert.Equal("scroe", error.Column);
        Assert.Equal("score", error.Suggestion);
        Assert.Contains("unknown column 'scroe'; did you mean 'score'?", error.Message, StringComparison.Ordinal);
        Assert.Contains("'review text'", error.Message, StringComparison.Ordinal);
        Assert.Equal("Did you mean 'score'?", error.Hint);
    }

    [Fact]
    public void An_unknown_column_far_from_every_name_gets_no_suggestion_but_a_hint_about_backticks()
    {
        var error = Assert.Throws<UnknownColumnException>(() => Compile("zzzzzz == 1"));

        Assert.Null(error.Suggestion);
        Assert.Contains("backticks", error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("score > \"abc\"", "column 'score' (Continuous) holds numbers and cannot be compared with \"abc\"")]
    [InlineData("score == true", "column 'score' (Continuous) holds numbers and cannot be compared with true")]
    [InlineData("flag == 1", "column 'flag' (Boolean) holds true/false and cannot be compared with 1")]
    [InlineData("created > 5", "column 'created' (Datetime) holds dates and cannot be compared with 5")]
    [InlineData("created in [\"yesterday\"]", "column 'created' (Datetime) holds dates and cannot be compared with \"yesterday\"")]
    [InlineData("score ~ \"1\"", "column 'score' (Continuous) is not text, so '~' cannot search it")]
    public void A_value_that_does_not_fit_the_column_type_is_an_error_naming_column_type_and_value(string filter, string message)
    {
        var error = Assert.Throws<ZenoException>(() => Compile(filter));

        Assert.Equal(message, error.Message);
        Assert.NotNull(error.Hint);
    }

    [Theory]
    [InlineData("flag < score", "column 'flag' (Boolean) holds true/false and cannot be compared with column 'score' (Continuous), which holds numbers")]
    [InlineData("score >= flag", "column 'score' (Continuous) holds numbers and cannot be compared with column 'flag' (Boolean), which holds true/false")]
    [InlineData("flag == score", "column 'flag' (Boolean) holds true/false and cannot be compared with column 'score' (Continuous), which holds numbers")]
    [InlineData("created > count", "column 'created' (Datetime) holds dates and cannot be compared with column 'count' (Nominal), which holds numbers")]
    [InlineData("flag != due", "column 'flag' (Boolean) holds true/false and cannot be compared with column 'due' (Datetime), which holds dates")]
    public void Columns_of_kinds_that_do_not_compare_are_an_error_naming_both_columns_and_types(string filter, string message)
    {
        var error = Assert.Throws<ZenoException>(() => Compile(filter));

        Assert.Equal(message, error.Message);
        Assert.Contains("one of them holds text", error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("embedding == label")]
    [InlineData("label < embedding")]
    [InlineData("embedding != embedding")]
    public void A_column_filters_cannot_compare_is_an_error_against_any_column(string filter)
    {
        var columns = new DictionaryColumnResolver(
        [
            ResolvedColumn.Quoted("embedding", ColumnType.Nominal, StorageKind.Other),
            ResolvedColumn.Quoted("label", ColumnType.Nominal, StorageKind.String),
        ]);

        var error = Assert.Throws<ZenoException>(() => PredicateCompiler.Compile(FilterParser.Parse(filter), columns, new SqlParameters()));

        Assert.Contains("'embedding' (Nominal)", error.Message, StringComparison.Ordinal);
        Assert.Contains("values that filters cannot compare", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_column_on_the_right_suggests_quoting_it_as_text()
    {
        var error = Assert.Throws<UnknownColumnException>(() => Compile("label == cat"));

        Assert.Equal("cat", error.Column);
        Assert.StartsWith("unknown column 'cat'", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("To compare with the text itself, quote it: label == \"cat\"", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_column_on_the_right_keeps_the_closest_name_in_the_hint()
    {
        var error = Assert.Throws<UnknownColumnException>(() => Compile("`review text` != scroe"));

        Assert.Equal("score", error.Suggestion);
        Assert.Equal("Did you mean 'score'? To compare with the text itself, quote it: `review text` != \"scroe\"", error.Hint);
    }

    [Fact]
    public void An_unknown_column_on_the_left_of_a_column_comparison_is_reported_as_any_unknown_column()
    {
        var error = Assert.Throws<UnknownColumnException>(() => Compile("lable != label"));

        Assert.Equal("lable", error.Column);
        Assert.Equal("Did you mean 'label'?", error.Hint);
    }

    [Fact]
    public void An_id_set_without_an_id_column_is_an_error()
    {
        var columns = new DictionaryColumnResolver([ResolvedColumn.Quoted("x", ColumnType.Nominal, StorageKind.String)]);

        Assert.Throws<ZenoException>(() => PredicateCompiler.Compile(new IdSet(["a"]), columns, new SqlParameters()));
    }

    [Theory]
    [InlineData("agee", new[] { "age", "label" }, "age")]
    [InlineData("Label", new[] { "age", "label" }, "label")]
    [InlineData("lable", new[] { "age", "label" }, "label")]
    [InlineData("mean_radius", new[] { "mean radius", "mean texture" }, "mean radius")]
    [InlineData("x", new[] { "age", "label" }, null)]
    [InlineData("banana", new[] { "age", "label" }, null)]
    public void Suggest_offers_the_name_within_a_typo_of_the_input(string input, string[] candidates, string? expected)
    {
        Assert.Equal(expected, Suggest.Closest(input, candidates));
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("label", "lable", 1)]
    [InlineData("ca", "abc", 3)]
    public void Suggest_distance_counts_a_swap_of_neighbours_as_one_edit(string a, string b, int distance)
    {
        Assert.Equal(distance, Suggest.Distance(a, b));
        Assert.Equal(distance, Suggest.Distance(b, a));
    }
}
