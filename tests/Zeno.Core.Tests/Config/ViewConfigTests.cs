namespace Zeno.Core.Tests.Config;

public sealed class ViewConfigTests : IDisposable
{
    private readonly ConfigProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void Without_a_view_key_the_view_is_the_table_and_there_is_no_custom_module()
    {
        var config = _project.Load(ConfigProject.Minimal);

        Assert.Equal("table", config.View);
        Assert.Null(config.CustomViewFile);
    }

    [Theory]
    [InlineData("text-classification")]
    [InlineData("image-segmentation")]
    [InlineData("object-detection")]
    [InlineData("audio-transcription")]
    [InlineData("time-series")]
    [InlineData("chat")]
    [InlineData("code-generation")]
    public void Every_built_in_view_name_is_accepted(string view)
    {
        var config = _project.Load(ConfigProject.Minimal + $"view = \"{view}\"\n");

        Assert.Equal(view, config.View);
        Assert.Null(config.CustomViewFile);
    }

    [Fact]
    public void A_path_to_a_js_module_is_a_custom_view_resolved_against_the_config_folder()
    {
        Directory.CreateDirectory(_project.PathOf("views"));
        File.WriteAllText(_project.PathOf("views", "stars.js"), "export default { render() {} };\n");

        var config = _project.Load(ConfigProject.Minimal + "view = \"views/stars.js\"\n");

        Assert.Equal("views/stars.js", config.View);
        Assert.Equal(_project.PathOf("views", "stars.js"), config.CustomViewFile);
    }

    [Fact]
    public void A_misspelt_view_suggests_the_closest_built_in_name_and_lists_them_all()
    {
        var error = _project.Reject(ConfigProject.Minimal + "view = \"image-clasification\"\n");

        ConfigAssert.Points(error, 2, "view", "unknown view 'image-clasification'; did you mean 'image-classification'?",
            "Built-in views: table, text-classification, image-classification, image-segmentation, object-detection, audio-transcription, time-series, chat, code-generation",
            "path of a .js module");
        Assert.Equal(8, error.Location.Column);
    }

    [Fact]
    public void An_unknown_view_far_from_every_name_still_lists_the_built_in_names()
    {
        var error = _project.Reject(ConfigProject.Minimal + "view = \"spreadsheet\"\n");

        ConfigAssert.Points(error, 2, "view", "unknown view 'spreadsheet'.", "Built-in views: table, ");
        Assert.DoesNotContain("did you mean", error.Message);
    }

    [Fact]
    public void A_custom_view_file_that_does_not_exist_is_named_with_its_absolute_path()
    {
        var error = _project.Reject(ConfigProject.Minimal + "view = \"views/stras.js\"\n");

        ConfigAssert.Points(error, 2, "view", $"custom view not found: {_project.PathOf("views", "stras.js")}");
    }
}
