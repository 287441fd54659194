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
