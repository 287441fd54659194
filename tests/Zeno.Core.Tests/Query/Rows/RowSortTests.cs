using Zeno.Core.Query.Rows;
using Zeno.Core.Query.Sql;
using static Zeno.Core.Tests.Query.Rows.RowProject;

namespace Zeno.Core.Tests.Query.Rows;

public sealed class RowSortTests(RowProject project) : IClassFixture<RowProject>
{
    private List<string> SortedIds(string sort, bool descending, int offset = 0, int limit = 100) =>
        RowQuery.Page(project.Context, new RowPageRequest { Model = "a", Sort = sort, Descending = descending, Offset = offset, Limit = limit })
            .Rows.Select(row => (string)row["id"]!).ToList();

    // The reference order: missing values last in both directions, ties in row order.
    private static List<string> Expected<T>(Func<int, T?> key, bool descending) where T : struct
    {
        var defined = All.Where(i => key(i) is not null);
        var sorted = descending
            ? defined.OrderByDescending(i => key(i)!.Value).ThenBy(i => i)
            : defined.OrderBy(i => key(i)!.Value).ThenBy(i => i);
        return [.. sorted.Concat(All.Where(i => key(i) is null)).Select(Id)];
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Numeric_columns_sort_with_ties_in_row_order_and_missing_values_last(bool descending) =>
        Assert.Equal(Expected(Score, descending), SortedIds("score", descending));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Text_columns_sort_with_ties_in_row_order(bool descending)
    {
        var sorted = descending
            ? All.OrderByDescending(Group, StringComparer.Ordinal).ThenBy(i => i)
            : All.OrderBy(Group, StringComparer.Ordinal).ThenBy(i => i);
        Assert.Equal(sorted.Select(Id), SortedIds("group", descending));
    }

    [Fact]
    public void The_output_column_sorts_like_any_other() =>
        Assert.Equal(All.OrderBy(PredA, StringComparer.Ordinal).ThenBy(i => i).Select(Id), SortedIds("output", false));

    [Fact]
    public void Pages_of_a_sorted_slice_continue_each_other()
    {
        var pages = Enumerable.Range(0, 4).SelectMany(page => SortedIds("score", true, page * 5, 5));
        Assert.Equal(Expected(Score, true), pages);
    }

    [Fact]
    public void An_unknown_sort_column_is_an_error()
    {
        var error = Assert.Throws<UnknownColumnException>(() => SortedIds("scores", false));
        Assert.Equal("score", error.Suggestion);
        Assert.Throws<UnknownColumnException>(() => SortedIds(RowQuery.DifferenceName, false));
    }

    [Fact]
    public void A_sort_column_with_sql_in_its_name_is_only_ever_a_name() =>
        Assert.Throws<UnknownColumnException>(() => SortedIds("score; DROP TABLE instances", false));
}
