namespace Zeno.Core.Tests.Config;

public sealed class ConfigKeyErrorTests : IDisposable
{
    private readonly ConfigProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void Typo_in_a_model_key_names_the_line_and_suggests_the_right_key()
    {
        var error = _project.Reject("""
            data = "data.csv"

            [[models]]
            name = "a"

            [[models]]
            name = "b"
            outptu_column = "b_out"
            """);

        ConfigAssert.Points(error, 8, "models[1].outptu_column", "unknown key in [[models]]", "did you mean 'output_column'?");
        Assert.Equal(1, error.Location.Column);
    }

    [Fact]
    public void Typo_in_a_top_level_key_suggests_the_right_key()
    {
        var error = _project.Reject(ConfigProject.Minimal + "bach_size = 64\n");

        ConfigAssert.Points(error, 2, "bach_size", "did you mean 'batch_size'?");
    }

    [Fact]
    public void An_unknown_key_with_no_close_match_lists_the_valid_keys()
    {
        var error = _project.Reject(ConfigProject.Minimal + "[[slices]]\nname = \"s\"\nfilter = \"x\"\ncolour = \"red\"\n");

        ConfigAssert.Points(error, 5, "slices[0].colour", "valid keys: name, filter, folder");
    }

    [Fact]
    public void A_misspelled_table_header_suggests_the_right_table()
    {
        var error = _project.Reject(ConfigProject.Minimal + "\n[[modles]]\nname = \"a\"\n");

        ConfigAssert.Points(error, 3, "modles", "did you mean 'models'?");
        Assert.Equal(3, error.Location.Column);
    }

    [Fact]
    public void Typo_inside_a_column_table_names_the_column()
    {
        var error = _project.Reject(ConfigProject.Minimal + "[columns.\"word count\"]\ntyp = \"continuous\"\n");

        ConfigAssert.Points(error, 3, "columns.\"word count\".typ", "did you mean 'type'?");
    }

    [Fact]
    public void An_unknown_column_type_suggests_the_closest_type()
    {
        var error = _project.Reject(ConfigProject.Minimal + "[columns.label]\ntype = \"nominl\"\n");

        ConfigAssert.Points(error, 3, "columns.label.type", "unknown column type 'nominl'", "did you mean 'nominal'?");
        Assert.Equal(8, error.Location.Column);
    }

    [Fact]
    public void A_string_where_an_integer_is_expected_names_the_expected_type()
    {
        var error = _project.Reject(ConfigProject.Minimal + "batch_size = \"256\"\n");

        ConfigAssert.Points(error, 2, "batch_size", "expected an integer, found a string (\"256\")");
    }

    [Fact]
    public void A_number_where_a_string_is_expected_names_the_expected_type()
    {
        var error = _project.Reject(ConfigProject.Minimal + "[[models]]\nname = 7\n");

        ConfigAssert.Points(error, 3, "models[0].name", "expected a string, found an integer (7)");
    }

    [Theory]
    [InlineData("port = 70000", "port", "must be between 1 and 65535, found 70000")]
    [InlineData("port = 0", "port", "must be between 1 and 65535, found 0")]
    [InlineData("batch_size = 0", "batch_size", "must be at least 1, found 0")]
    [InlineData("parallelism = -2", "parallelism", "must be at least 1, found -2")]
    [InlineData("samples = 1.5", "samples", "expected an integer, found a float (1.5)")]
    public void Numbers_out_of_range_are_rejected_with_the_allowed_range(string line, string key, string message)
    {
        var error = _project.Reject(ConfigProject.Minimal + line + "\n");

        ConfigAssert.Points(error, 2, key, message);
    }

    [Fact]
    public void An_empty_string_is_rejected()
    {
        var error = _project.Reject(ConfigProject.Minimal + "label_column = \"\"\n");

        ConfigAssert.Points(error, 2, "label_column", "must not be empty");
    }

    [Fact]
    public void A_TOML_syntax_error_carries_the_parsers_line_and_column()
    {
        var error = _project.Reject(ConfigProject.Minimal + "[[models]]\nname = \n");

        ConfigAssert.Points(error, 3, null, "invalid TOML", "expecting a value");
        Assert.Equal(8, error.Location.Column);
    }

    [Fact]
    public void A_key_written_twice_is_a_TOML_error_at_the_second_one()
    {
        var error = _project.Reject(ConfigProject.Minimal + "port = 1\nport = 2\n");

        ConfigAssert.Points(error, 3, null, "invalid TOML", "already defined");
    }

    [Fact]
    public void Models_written_as_one_table_instead_of_an_array_of_tables_are_rejected()
    {
        var error = _project.Reject(ConfigProject.Minimal + "[models]\nname = \"a\"\n");

        ConfigAssert.Points(error, 2, "models", "expected an array of tables (one [[models]] header per entry), found a table");
    }

    [Fact]
    public void A_column_written_as_a_plain_value_asks_for_a_table()
    {
        var error = _project.Reject(ConfigProject.Minimal + "[columns]\nlabel = \"nominal\"\n");

        ConfigAssert.Points(error, 3, "columns.label", "expected a table ([columns.label] with its keys below), found a string");
    }
}
