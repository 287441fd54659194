using Zeno.Core.Config;
using Zeno.Core.Errors;

namespace Zeno.Core.Tests.Config;

public sealed class ConfigLoaderTests : IDisposable
{
    private readonly ConfigProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void A_full_config_loads_into_the_records_with_absolute_paths()
    {
        var config = _project.Load("""
            name = "Sentiment"
            data = "data.csv"
            id_column = "id"
            data_column = "text"
            label_column = "label"
            data_path = "audio"
            label_path = "labels"
            view = "text-classification"
            functions = "functions"
            cache_path = "cache"
            batch_size = 64
            partition_rows = 5000
            parallelism = 3
            port = 9000
            host = "0.0.0.0"
            samples = 12

            [columns.label]
            type = "nominal"

            [[models]]
            name = "small"
            predictions = "predictions/small.csv"

            [[models]]
            name = "large"
            predictions = "predictions/large.jsonl"
            output_column = "pred"

            [[metrics]]
            name = "accuracy"
            type = "accuracy"

            [[metrics]]
            name = "f1 (pos)"
            type = "f1"
            positive = "pos"

            [[slices]]
            name = "short"
            filter = "length < 10"
            folder = "length"

            [[tests]]
            name = "short texts are fine"
            slice = "short"
            metric = "accuracy"
            expect = "> 0.7"
            models = "all"
            """);

        Assert.Equal(_project.ConfigPath, config.ConfigPath);
        Assert.Equal(_project.Folder, config.BaseDirectory);
        Assert.Equal("Sentiment", config.Name);
        Assert.Equal(_project.PathOf("data.csv"), config.DataFile);
        Assert.Equal(("id", "text", "label"), (config.IdColumn, config.DataColumn, config.LabelColumn));
        Assert.Equal(_project.PathOf("audio"), config.DataPath);
        Assert.Equal(_project.PathOf("labels"), config.LabelPath);
        Assert.Equal("text-classification", config.View);
        Assert.Equal(_project.PathOf("functions"), config.FunctionsPath);
        Assert.Equal(_project.PathOf("cache"), config.CachePath);
        Assert.Equal((64, 5000, 3, 9000, "0.0.0.0", 12), (config.BatchSize, config.PartitionRows, config.Parallelism, config.Port, config.Host, config.Samples));
        Assert.Equal(ColumnType.Nominal, config.ColumnTypes["label"].Type);

        Assert.Collection(config.Models,
            small =>
            {
                Assert.Equal("small", small.Name);
                Assert.Equal(_project.PathOf("predictions", "small.csv"), small.PredictionsFile);
                Assert.Equal("output", small.OutputColumn);
                Assert.Equal(ModelSource.PredictionsFile, small.Source);
            },
            large =>
            {
                Assert.Equal(_project.PathOf("predictions", "large.jsonl"), large.PredictionsFile);
                Assert.Equal("pred", large.OutputColumn);
            });
        Assert.Collection(config.Metrics,
            accuracy => Assert.Equal((BuiltInMetric?)BuiltInMetric.Accuracy, accuracy.Type),
            f1 => Assert.Equal(("f1 (pos)", (BuiltInMetric?)BuiltInMetric.F1, "pos", "binary"), (f1.Name, f1.Type, f1.Positive, f1.Average)));
        var slice = Assert.Single(config.Slices);
        Assert.Equal(("short", "length < 10", "length"), (slice.Name, slice.Filter, slice.Folder));
        var test = Assert.Single(config.Tests);
        Assert.Equal(("short texts are fine", "short", "accuracy", "> 0.7"), (test.Name, test.Slice, test.Metric, test.Expect));
        Assert.Equal(TestModels.All, test.Models);
    }

    [Fact]
    public void A_minimal_config_gets_every_default()
    {
        var config = _project.Load(ConfigProject.Minimal);

        Assert.Equal(Path.GetFileName(_project.Folder), config.Name);
        Assert.Equal(_project.Folder, config.DataPath);
        Assert.Equal(_project.Folder, config.LabelPath);
        Assert.Equal(_project.PathOf(".zeno"), config.CachePath);
        Assert.Null(config.FunctionsPath);
        Assert.Null(config.IdColumn);
        Assert.Equal(("table", 256, (int?)null, Environment.ProcessorCount, 8231, "127.0.0.1", 30),
            (config.View, config.BatchSize, config.PartitionRows, config.Parallelism, config.Port, config.Host, config.Samples));
        Assert.Empty(config.ColumnTypes);
        Assert.Empty(config.Models);
        Assert.Empty(config.Metrics);
        Assert.Empty(config.Slices);
        Assert.Empty(config.Tests);
    }

    [Fact]
    public void Label_path_defaults_to_the_data_path()
    {
        var config = _project.Load(ConfigProject.Minimal + "data_path = \"audio\"\n");

        Assert.Equal(_project.PathOf("audio"), config.LabelPath);
    }

    [Fact]
    public void A_model_gets_its_outputs_from_a_file_a_data_column_or_its_function()
    {
        var config = _project.Load(ConfigProject.Minimal + """
            [[models]]
            name = "from-file"
            predictions = "predictions/small.csv"
            [[models]]
            name = "from-column"
            output_column = "gpt_answer"
            [[models]]
            name = "from-function"
            """);

        Assert.Equal([ModelSource.PredictionsFile, ModelSource.DataColumn, ModelSource.Function], config.Models.Select(m => m.Source));
        Assert.Equal("gpt_answer", config.Models[1].OutputColumn);
        Assert.Null(config.Models[2].OutputColumn);
    }

    [Fact]
    public void Dotted_keys_and_inline_tables_mean_the_same_as_headers()
    {
        var config = _project.Load(ConfigProject.Minimal + """
            columns.label.type = "nominal"
            columns.length = { type = "continuous" }
            models = [{ name = "a" }, { name = "b", output_column = "b_out" }]
            """);

        Assert.Equal(ColumnType.Nominal, config.ColumnTypes["label"].Type);
        Assert.Equal(ColumnType.Continuous, config.ColumnTypes["length"].Type);
        Assert.Equal(["a", "b"], config.Models.Select(m => m.Name));
        Assert.Equal(4, config.Models[1].Location.Line);
    }

    [Fact]
    public void Every_entry_remembers_where_it_was_written()
    {
        var config = _project.Load("""
            # project
            data = "data.csv"

            [columns.label]
            type = "nominal"

            # the first model
            [[models]]
            name = "a"

            [[slices]]
            name = "short"
              filter = "length < 10"

            [[metrics]]
            name = "accuracy"
            type = "accuracy"

            [[tests]]
            name = "t"
            slice = "short"
            metric = "accuracy"
            expect   = "> 0.5"
            """);

        Assert.Equal(new SourceLocation(_project.ConfigPath, 2, 1), config.DataLocation);
        Assert.Equal(new SourceLocation(_project.ConfigPath, 4, 10), config.ColumnTypes["label"].Location);
        Assert.Equal(new SourceLocation(_project.ConfigPath, 8, 1), config.Models[0].Location);
        Assert.Equal(11, config.Slices[0].Location.Line);
        Assert.Equal(new SourceLocation(_project.ConfigPath, 13, 12), config.Slices[0].FilterLocation);
        Assert.Equal(15, config.Metrics[0].Location.Line);
        Assert.Equal(19, config.Tests[0].Location.Line);
        Assert.Equal(new SourceLocation(_project.ConfigPath, 23, 12), config.Tests[0].ExpectLocation);
    }

    [Fact]
    public void A_missing_config_file_says_where_it_looked_and_suggests_zeno_init()
    {
        var missing = _project.PathOf("nope", "zeno.toml");

        var error = Assert.Throws<ZenoException>(() => ConfigLoader.Load(missing));

        Assert.Equal($"config file not found: {missing}", error.Message);
        Assert.Contains("zeno init", error.Hint);
    }

    [Fact]
    public void Loading_a_folder_reads_the_zeno_toml_inside_it()
    {
        File.WriteAllText(_project.ConfigPath, ConfigProject.Minimal);

        var config = ConfigLoader.Load(_project.Folder);

        Assert.Equal(_project.ConfigPath, config.ConfigPath);
    }

    [Fact]
    public void Parse_resolves_paths_against_the_config_folder_not_the_working_folder()
    {
        var config = ConfigLoader.Parse("data = \"../data.csv\"\nfunctions = \"../functions\"", _project.PathOf("sub", "zeno.toml"));

        Assert.Equal(_project.PathOf("sub", "zeno.toml"), config.ConfigPath);
        Assert.Equal(_project.PathOf("data.csv"), config.DataFile);
        Assert.Equal(_project.PathOf("functions"), config.FunctionsPath);
        Assert.Equal(_project.PathOf("sub", ".zeno"), config.CachePath);
    }

    [Fact]
    public void Absolute_and_home_relative_paths_are_kept_absolute()
    {
        var config = _project.Load($"data = '{_project.PathOf("data.csv")}'\ncache_path = \"~/zeno-cache\"\n");

        Assert.Equal(_project.PathOf("data.csv"), config.DataFile);
        Assert.Equal(Path.Join(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "zeno-cache"), config.CachePath);
    }
}
