using Zeno.Core.Errors;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Rows;
using static Zeno.Core.Tests.Query.Rows.RowProject;

namespace Zeno.Core.Tests.Query.Rows;

public sealed class RowPagingTests(RowProject project) : IClassFixture<RowProject>
{
    private RowPage Page(int offset, int limit, string? filter = null, string? model = "a") =>
        RowQuery.Page(project.Context, new RowPageRequest
        {
            Filter = filter is null ? null : FilterParser.Parse(filter), Model = model, Offset = offset, Limit = limit,
        });

    private static IEnumerable<string> Ids(RowPage page) => page.Rows.Select(row => (string)row["id"]!);

    [Fact]
    public void Pages_hold_limit_rows_from_the_offset_and_the_total_of_the_slice()
    {
        var first = Page(0, 5);
        Assert.Equal(Count, first.Total);
        Assert.Equal(["r00", "r01", "r02", "r03", "r04"], Ids(first));
        var last = Page(15, 10);
        Assert.Equal(Count, last.Total);
        Assert.Equal(["r15", "r16", "r17", "r18", "r19"], Ids(last));
        var beyond = Page(25, 10);
        Assert.Equal(Count, beyond.Total);
        Assert.Empty(beyond.Rows);
    }

    [Fact]
    public void Consecutive_pages_cover_the_slice_once()
    {
        var ids = Enumerable.Range(0, 7).SelectMany(page => Ids(Page(page * 3, 3))).ToList();
        Assert.Equal(All.Select(Id), ids);
    }

    [Fact]
    public void A_limit_of_zero_returns_only_the_total() =>
        Assert.Equal((20L, 0), (Page(0, 0).Total, Page(0, 0).Rows.Count));

    [Fact]
    public void The_filter_selects_the_rows_and_the_total()
    {
        var page = Page(0, 100, "group == \"red\"");
        var expected = All.Where(i => Group(i) == "red").Select(Id).ToList();
        Assert.Equal(expected.Count, page.Total);
        Assert.Equal(expected, Ids(page));
        Assert.All(page.Rows, row => Assert.Equal("red", row["group"]));
    }

    [Fact]
    public void A_filter_on_the_output_reads_the_selected_model()
    {
        var page = Page(0, 100, "output != label");
        Assert.Equal(All.Where(i => PredA(i) != Label(i)).Select(Id), Ids(page));
        Assert.Equal(All.Count(i => PredB(i) != Label(i)), Page(0, 100, "output != label", "b").Total);
    }

    [Theory]
    [InlineData(0, RowQuery.MaxLimit + 1)]
    [InlineData(0, -1)]
    [InlineData(-1, 10)]
    public void Limits_outside_the_allowed_range_are_clear_errors(int offset, int limit)
    {
        var error = Assert.Throws<ZenoException>(() => Page(offset, limit));
        Assert.Contains(offset < 0 ? "offset" : $"0 to {RowQuery.MaxLimit} rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_largest_page_is_allowed() =>
        Assert.Equal(Count, Page(0, RowQuery.MaxLimit).Rows.Count);

    [Fact]
    public void Unknown_models_are_named_with_the_ones_that_exist()
    {
        var error = Assert.Throws<ZenoException>(() => Page(0, 5, model: "c"));
        Assert.Contains("unknown model 'c'. Models: a, b, na, nb.", error.Message, StringComparison.Ordinal);
        Assert.Throws<ZenoException>(() => RowQuery.Page(project.Context, new RowPageRequest { Model = "a", Transform = "upper" }));
    }

    [Fact]
    public void Without_a_model_rows_have_no_output()
    {
        var page = Page(0, 1, model: null);
        Assert.DoesNotContain("output", page.Columns);
        Assert.Equal("r00", page.Rows[0]["id"]);
    }
}
