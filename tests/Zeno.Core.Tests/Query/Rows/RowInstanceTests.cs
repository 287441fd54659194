using Zeno.Core.Config;
using Zeno.Core.Project;
using Zeno.Core.Query.Rows;
using Zeno.Tests.Support;
using static Zeno.Core.Tests.Query.Rows.RowProject;

namespace Zeno.Core.Tests.Query.Rows;

public sealed class RowInstanceTests(RowProject project) : IClassFixture<RowProject>
{
    [Fact]
    public void An_instance_is_found_by_id_with_every_column_of_the_view()
    {
        var row = RowQuery.Instance(project.Context, "r06", "b");
        Assert.NotNull(row);
        Assert.Equal("r06", row["id"]);
        Assert.Equal(PredB(6), row["output"]);
        Assert.Equal(RowQuery.Page(project.Context, new RowPageRequest { Model = "b", Limit = 1 }).Columns, row.Keys);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("")]
    [InlineData("' OR 1=1 --")]
    [InlineData("r06' OR '1'='1")]
    public void A_missing_id_gives_null(string id) =>
        Assert.Null(RowQuery.Instance(project.Context, id, "a"));

    [Fact]
    public void Numeric_ids_are_compared_as_text()
    {
        using var folder = new TempProject();
        folder.WriteCsv("data.csv", ["id", "x"], [[1, "one"], [2, "two"], [30, "thirty"]]).Write("zeno.toml", "data = \"data.csv\"\nid_column = \"id\"\n");
        using var opened = ZenoProject.Open(ConfigLoader.Load(folder.ConfigPath));
        var context = opened.EvaluationContext();
        Assert.Equal("thirty", RowQuery.Instance(context, "30", null)!["x"]);
        Assert.Equal(30L, RowQuery.Instance(context, "30", null)!["id"]);
        Assert.Null(RowQuery.Instance(context, "3", null));
        Assert.Null(RowQuery.Instance(context, "abc", null));
    }
}
