using DuckDB.NET.Data;
using Zeno.Core.Config;
using Zeno.Core.Errors;
using Zeno.Core.Project;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Project;

public sealed class DataSourcesTests
{
    private static readonly object?[][] Rows =
    [
        ["a", "spam", 3.5, true], ["b", "ham", 1.25, false], ["c", "ham", null, true], ["d", "spam", 7.0, null],
    ];

    private static TempProject Csv(string config)
    {
        var project = new TempProject();
        project.WriteCsv("data.csv", ["id", "label", "score", "flag"], Rows).Write("zeno.toml", config);
        return project;
    }

    private static void Convert(TempProject project, string target, string format)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        // Test-only conversion of a file we just wrote; the paths are ours, not user input.
        command.CommandText = $"COPY (SELECT * FROM read_csv('{Path.Combine(project.Root, "data.csv")}')) TO '{Path.Combine(project.Root, target)}' ({format})";
        command.ExecuteNonQuery();
    }

    [Theory]
    [InlineData("data.tsv", "FORMAT csv, DELIMITER '\t', HEADER true")]
    [InlineData("data.jsonl", "FORMAT json")]
    [InlineData("data.parquet", "FORMAT parquet")]
    public void Every_supported_format_loads_the_same_instances_and_types(string file, string format)
    {
        using var project = Csv("data = \"data.csv\"\nid_column = \"id\"\n");
        Convert(project, file, format);
        using var fromCsv = ZenoProject.Open(ConfigLoader.Load(project.ConfigPath));
        var expected = fromCsv.Instances.Columns.Select(c => (c.Name, c.Type)).ToList();
        var rows = fromCsv.Instances.Rows;
        fromCsv.Dispose();

        project.Write("zeno.toml", $"data = \"{file}\"\nid_column = \"id\"\ncache_path = \".zeno-{Path.GetExtension(file)[1..]}\"\n");
        using var other = ZenoProject.Open(ConfigLoader.Load(project.ConfigPath));
        Assert.Equal(rows, other.Instances.Rows);
        Assert.Equal(expected, other.Instances.Columns.Select(c => (c.Name, c.Type)).ToList());
    }

    [Fact]
    public void Without_an_id_column_rows_are_numbered_with_a_warning()
    {
        using var project = Csv("data = \"data.csv\"\n");
        using var opened = ZenoProject.Open(ConfigLoader.Load(project.ConfigPath));
        Assert.True(opened.Instances.GeneratedIds);
        Assert.Equal("row_id", opened.Instances.IdColumn);
        Assert.Contains(opened.Warnings, warning => warning.Contains("no id_column", StringComparison.Ordinal));
        var view = opened.View(null);
        using var connection = opened.Store.OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT string_agg({view.Find("row_id")!.SqlExpression}, ',' ORDER BY zeno_row) FROM {view.FromSql}";
        Assert.Equal("0,1,2,3", command.ExecuteScalar());
    }

    [Fact]
    public void Duplicate_ids_are_named_in_the_error()
    {
        using var project = Csv("data = \"data.csv\"\nid_column = \"label\"\n");
        var error = Assert.Throws<ConfigException>(() => ZenoProject.Open(ConfigLoader.Load(project.ConfigPath)));
        Assert.Contains("'spam' (2 times)", error.Message, StringComparison.Ordinal);
        Assert.Contains("zeno.toml:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_label_column_points_at_its_own_line_and_lists_the_columns()
    {
        using var project = Csv("data = \"data.csv\"\nid_column = \"id\"\nlabel_column = \"lable\"\n");
        var error = Assert.Throws<ConfigException>(() => ZenoProject.Open(ConfigLoader.Load(project.ConfigPath)));
        Assert.Contains("zeno.toml:3", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown column 'lable'. Did you mean 'label'? Available columns: id, label, score, flag", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_predictions_file_gives_outputs_and_per_model_columns_joined_on_the_id()
    {
        using var project = Csv("""
            data = "data.csv"
            id_column = "id"
            label_column = "label"

            [[models]]
            name = "file"
            predictions = "preds.csv"
            output_column = "prediction"

            [[metrics]]
            name = "accuracy"
            type = "accuracy"

            [[slices]]
            name = "confident"
            filter = 'confidence > 0.5'
            """);
        // No prediction for "d": its output is missing, which counts as a wrong answer.
        project.WriteCsv("preds.csv", ["id", "prediction", "confidence"], [["a", "spam", 0.9], ["b", "spam", 0.6], ["c", "ham", 0.4]]);
        using var opened = ZenoProject.Open(ConfigLoader.Load(project.ConfigPath));
        await opened.RunPipelineAsync();
        var report = opened.Evaluate();
        Assert.Equal(0.5, report.Slices[0].Values["file"]["accuracy"]);
        Assert.Equal(2, report.Slices[1].Sizes["file"]);
        Assert.Equal(0.5, report.Slices[1].Values["file"]["accuracy"]);
    }

    [Fact]
    public async Task A_predictions_file_without_the_output_column_lists_its_columns()
    {
        using var project = Csv("""
            data = "data.csv"
            id_column = "id"

            [[models]]
            name = "file"
            predictions = "preds.csv"
            """);
        project.WriteCsv("preds.csv", ["id", "prediction"], [["a", "spam"]]);
        using var opened = ZenoProject.Open(ConfigLoader.Load(project.ConfigPath));
        var error = await Assert.ThrowsAsync<ConfigException>(() => opened.RunPipelineAsync());
        Assert.Contains("no column 'output'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Its columns: id, prediction", error.Message, StringComparison.Ordinal);
    }
}
