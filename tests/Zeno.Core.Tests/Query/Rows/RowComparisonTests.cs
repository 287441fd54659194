using Zeno.Core.Errors;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Rows;
using static Zeno.Core.Tests.Query.Rows.RowProject;

namespace Zeno.Core.Tests.Query.Rows;

public sealed class RowComparisonTests(RowProject project) : IClassFixture<RowProject>
{
    private RowPage Compare(string a, string b, string? sort = null, bool descending = false, string? filter = null, bool onlyDifferent = false) =>
        RowQuery.Page(project.Context, new RowPageRequest
        {
            Model = a, CompareModel = b, Sort = sort, Descending = descending, Limit = 100,
            Filter = filter is null ? null : FilterParser.Parse(filter), Columns = [], OnlyDifferent = onlyDifferent,
        });

    private static IEnumerable<string> Ids(RowPage page) => page.Rows.Select(row => (string)row["id"]!);

    [Fact]
    public void Categorical_outputs_differ_or_not_and_b_appears_beside_a()
    {
        var page = Compare("a", "b");
        Assert.Equal(DifferenceKind.Categorical, page.Difference);
        Assert.Equal(["id", "text", "label", "output", RowQuery.CompareOutputName, RowQuery.DifferenceName], page.Columns);
        Assert.Equal(All.Select(PredB), page.Rows.Select(row => (string)row[RowQuery.CompareOutputName]!));
        Assert.Equal(All.Select(i => PredA(i) != PredB(i)), page.Rows.Select(row => (bool)row[RowQuery.DifferenceName]!));
    }

    [Fact]
    public void Sorting_by_a_categorical_difference_puts_disagreements_first_when_descending()
    {
        var expected = All.OrderByDescending(i => PredA(i) != PredB(i)).ThenBy(i => i).Select(Id);
        Assert.Equal(expected, Ids(Compare("a", "b", RowQuery.DifferenceName, descending: true)));
    }

    [Fact]
    public void Numeric_outputs_give_a_minus_b_and_null_where_either_is_missing()
    {
        var page = Compare("na", "nb");
        Assert.Equal(DifferenceKind.Numeric, page.Difference);
        Assert.Equal(All.Select(i => NumA(i) - NumB(i)), page.Rows.Select(row => (double?)row[RowQuery.DifferenceName]));
        Assert.Null(page.Rows[5][RowQuery.CompareOutputName]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Sorting_by_a_numeric_difference_keeps_missing_values_last(bool descending)
    {
        var defined = All.Where(i => NumB(i) is not null);
        var sorted = descending ? defined.OrderByDescending(i => NumA(i) - NumB(i)!.Value) : defined.OrderBy(i => NumA(i) - NumB(i)!.Value);
        var expected = sorted.ThenBy(i => i).Append(5).Select(Id);
        Assert.Equal(expected, Ids(Compare("na", "nb", RowQuery.DifferenceName, descending)));
    }

    [Fact]
    public void The_filter_is_evaluated_on_model_a()
    {
        var page = Compare("a", "b", filter: "output == \"dog\"");
        Assert.Equal(All.Where(i => PredA(i) == "dog").Select(Id), Ids(page));
        Assert.Equal(All.Count(i => PredA(i) == "dog"), page.Total);
    }

    [Fact]
    public void B_can_be_sorted_by_its_output() =>
        Assert.Equal(All.OrderBy(PredB, StringComparer.Ordinal).ThenBy(i => i).Select(Id), Ids(Compare("a", "b", RowQuery.CompareOutputName)));

    [Fact]
    public void Comparing_needs_two_known_models()
    {
        Assert.Contains("unknown model to compare with 'z'",
            Assert.Throws<ZenoException>(() => Compare("a", "z")).Message, StringComparison.Ordinal);
        Assert.Throws<ZenoException>(() => RowQuery.Page(project.Context, new RowPageRequest { CompareModel = "b" }));
    }

    [Fact]
    public void Only_different_keeps_the_disagreements_under_the_filter_and_counts_them()
    {
        var page = Compare("a", "b", filter: "output == \"dog\"", onlyDifferent: true);
        var expected = All.Where(i => PredA(i) == "dog" && PredA(i) != PredB(i)).Select(Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Ids(page));
        Assert.Equal(expected.Count, page.Total);
    }

    [Fact]
    public void Only_different_numeric_outputs_count_a_missing_value_as_different()
    {
        var page = Compare("na", "nb", onlyDifferent: true);
        Assert.Equal(All.Where(i => NumB(i) is null || NumA(i) != NumB(i)).Select(Id), Ids(page));
    }

    [Fact]
    public void Only_different_needs_a_model_to_compare_with() =>
        Assert.Throws<ZenoException>(() => RowQuery.Page(project.Context, new RowPageRequest { Model = "a", OnlyDifferent = true }));
}
