namespace Zeno.Core.Tests.Config;

public sealed class ConfigPathErrorTests : IDisposable
{
    private readonly ConfigProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void A_config_without_data_says_what_data_is_for()
    {
        var error = _project.Reject("name = \"x\"\n");

        ConfigAssert.Points(error, 1, "data", "missing from the top-level table", "instance table");
    }

    [Fact]
    public void A_data_file_that_does_not_exist_is_named_with_its_absolute_path()
    {
        var error = _project.Reject("name = \"x\"\ndata = \"dta.csv\"\n");

        ConfigAssert.Points(error, 2, "data", $"data file not found: {_project.PathOf("dta.csv")}");
        Assert.Equal(8, error.Location.Column);
    }

    [Fact]
    public void An_unsupported_data_format_lists_the_supported_formats()
    {
        File.WriteAllText(_project.PathOf("data.xlsx"), "");

        var error = _project.Reject("data = \"data.xlsx\"\n");

        ConfigAssert.Points(error, 1, "data", "unsupported data file format '.xlsx'", ".csv, .tsv, .parquet, .jsonl, .ndjson, .json");
    }

    [Fact]
    public void A_predictions_file_that_does_not_exist_is_named()
    {
        var error = _project.Reject(ConfigProject.Minimal + "[[models]]\nname = \"a\"\npredictions = \"predictions/medium.csv\"\n");

        ConfigAssert.Points(error, 4, "models[0].predictions", $"predictions file not found: {_project.PathOf("predictions", "medium.csv")}");
    }

    [Fact]
    public void A_functions_folder_that_does_not_exist_is_named()
    {
        var error = _project.Reject(ConfigProject.Minimal + "functions = \"functoins\"\n");

        ConfigAssert.Points(error, 2, "functions", $"functions folder not found: {_project.PathOf("functoins")}");
    }

    [Fact]
    public void A_model_without_a_name_points_at_its_header()
    {
        var error = _project.Reject(ConfigProject.Minimal + "\n[[models]]\npredictions = \"predictions/small.csv\"\n");

        ConfigAssert.Points(error, 3, "models[0].name", "missing from [[models]]", "every model needs a name");
    }

    [Fact]
    public void Two_models_with_one_name_point_at_the_second_and_name_the_first()
    {
        var error = _project.Reject(ConfigProject.Minimal + "[[models]]\nname = \"a\"\n[[models]]\nname = \"a\"\n");

        ConfigAssert.Points(error, 5, "models[1].name", "duplicate model name 'a' (first defined at line 3)");
    }
}
