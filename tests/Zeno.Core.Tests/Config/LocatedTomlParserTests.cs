using Zeno.Core.Config;

namespace Zeno.Core.Tests.Config;

public sealed class LocatedTomlParserTests
{
    [Fact]
    public void Headers_dotted_keys_and_inline_tables_fold_into_one_tree_with_one_based_locations()
    {
        var root = LocatedTomlParser.Parse("""
            a.b = 1
            [a.c]
            d = "x"
            [[e]]
            f = [true, { g = 2.5 }]
            [[e]]
            "quoted key" = 3
            """, "f.toml");

        var a = Assert.IsType<LocatedTable>(root.Find("a")!.Value.Raw);
        Assert.Equal(1L, a.Find("b")!.Value.Raw);
        Assert.Equal((1, 3), (a.Find("b")!.KeyLocation.Line, a.Find("b")!.KeyLocation.Column));
        var c = Assert.IsType<LocatedTable>(a.Find("c")!.Value.Raw);
        Assert.Equal((2, 1), (c.Location.Line, c.Location.Column));
        Assert.Equal("x", c.Find("d")!.Value.Raw);

        var e = Assert.IsAssignableFrom<IReadOnlyList<LocatedValue>>(root.Find("e")!.Value.Raw);
        Assert.Equal([4, 6], e.Select(entry => entry.Location.Line));
        var f = Assert.IsAssignableFrom<IReadOnlyList<LocatedValue>>(((LocatedTable)e[0].Raw).Find("f")!.Value.Raw);
        Assert.Equal(true, f[0].Raw);
        Assert.Equal(2.5, ((LocatedTable)f[1].Raw).Find("g")!.Value.Raw);
        Assert.Equal((5, 12), (f[1].Location.Line, f[1].Location.Column));
        Assert.Equal(3L, ((LocatedTable)e[1].Raw).Find("quoted key")!.Value.Raw);
    }

    [Fact]
    public void A_date_is_kept_as_written_for_messages()
    {
        var root = LocatedTomlParser.Parse("when = 2024-01-02\n", "f.toml");

        Assert.Equal("a date-time", root.Find("when")!.Value.Describe());
        Assert.Equal("a date-time (2024-01-02)", ConfigSection.Found(root.Find("when")!.Value));
    }

    [Fact]
    public void Windows_line_endings_count_lines_the_same()
    {
        var root = LocatedTomlParser.Parse("a = 1\r\n\r\n[t]\r\nb = 2\r\n", "f.toml");

        var t = (LocatedTable)root.Find("t")!.Value.Raw;
        Assert.Equal((4, 1), (t.Find("b")!.KeyLocation.Line, t.Find("b")!.KeyLocation.Column));
    }

    [Theory]
    [InlineData("[[")]
    [InlineData("a = [1,")]
    [InlineData("a = {")]
    [InlineData("=")]
    [InlineData("a = 1\na.b = 2")]
    [InlineData("a.b = 1\na = 2")]
    [InlineData("[a]\n[[a]]")]
    [InlineData("a = [1]\n[[a]]")]
    [InlineData("[a.b]\n[a]\nb = 1")]
    [InlineData("a = { b = 1 }\n[a.c]")]
    [InlineData("x = \"\\q\"")]
    public void Invalid_TOML_is_always_a_located_config_error(string text)
    {
        var error = Assert.Throws<Zeno.Core.Errors.ConfigException>(() => LocatedTomlParser.Parse(text, "f.toml"));

        Assert.StartsWith("f.toml:", error.Message);
        Assert.Contains("invalid TOML", error.Message);
    }
}
