using Zeno.Core.Query.Rows;
using Zeno.Core.Query.Sql;

namespace Zeno.Core.Tests.Query.Rows;

public sealed class RowColumnTests(RowProject project) : IClassFixture<RowProject>
{
    private RowPage Page(IReadOnlyList<string>? columns, int limit = 1) =>
        RowQuery.Page(project.Context, new RowPageRequest { Model = "a", Columns = columns, Limit = limit });

    [Fact]
    public void Every_column_is_returned_with_id_data_label_and_output_first()
    {
        var page = Page(null);
        Assert.Equal(["id", "text", "label", "output", "group", "score", "n", "when", "flag", "pred_a", "pred_b", "num_a", "num_b"], page.Columns);
        Assert.Equal(page.Columns, page.Rows[0].Keys);
    }

    [Fact]
    public void Requested_columns_follow_the_ones_always_shown_in_request_order()
    {
        var page = Page(["score", "group", "label", "score"]);
        Assert.Equal(["id", "text", "label", "output", "score", "group"], page.Columns);
        Assert.Equal(page.Columns, page.Rows[0].Keys);
    }

    [Fact]
    public void An_unknown_requested_column_is_an_error_that_suggests_the_right_one()
    {
        var error = Assert.Throws<UnknownColumnException>(() => Page(["scor"]));
        Assert.Equal("score", error.Suggestion);
    }

    [Fact]
    public void Values_are_plain_json_types()
    {
        var row = Page(null, limit: 2).Rows[1];
        Assert.Equal("r01", row["id"]);
        Assert.Equal("text 1", row["text"]);
        Assert.Equal(1.5, row["score"]);
        Assert.Equal(3L, row["n"]);
        Assert.Equal("2024-01-02", row["when"]);
        Assert.Equal(false, row["flag"]);
        Assert.Equal("dog", row["output"]);
    }

    [Fact]
    public void Missing_values_are_null()
    {
        var row = RowQuery.Instance(project.Context, "r07", "a")!;
        Assert.True(row.ContainsKey("score"));
        Assert.Null(row["score"]);
    }
}
