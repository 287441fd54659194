using Zeno.Core.Errors;

namespace Zeno.Core.Config;

/// <summary>A validated zeno.toml: every path absolute, every default filled in. Made by <c>ConfigLoader</c>.</summary>
public sealed record ZenoConfig
{
    /// <summary>The absolute path of the zeno.toml this came from.</summary>
    public required string ConfigPath { get; init; }

    /// <summary>The folder relative paths in the config are resolved against (the config file's folder).</summary>
    public string BaseDirectory => Path.GetDirectoryName(ConfigPath)!;

    /// <summary>The project's display name (default: the config folder's name).</summary>
    public required string Name { get; init; }

    /// <summary>The instance table: CSV, TSV, Parquet or JSONL (absolute path).</summary>
    public required string DataFile { get; init; }

    /// <summary>Where <see cref="DataFile"/>'s key sits in the config, for errors about the data.</summary>
    public SourceLocation DataLocation { get; init; }

    /// <summary>Where each top-level key (id_column, label_column, ...) was written, for errors found after loading.</summary>
    public IReadOnlyDictionary<string, SourceLocation> KeyLocations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>The location of a top-level key, or of the data key when the key was not written.</summary>
    public SourceLocation LocationOf(string key) => KeyLocations.TryGetValue(key, out var location) ? location : DataLocation;

    /// <summary>The unique id column; null means Zeno generates row ids (with a warning).</summary>
    public string? IdColumn { get; init; }

    /// <summary>The raw-instance column (text, or a file path under <see cref="DataPath"/>); null for tabular data.</summary>
    public string? DataColumn { get; init; }

    /// <summary>The ground-truth column, if any.</summary>
    public string? LabelColumn { get; init; }

    /// <summary>Folder that relative paths in the data column point into (absolute; default: the config folder).</summary>
    public required string DataPath { get; init; }

    /// <summary>Folder that relative paths in the label column point into (absolute; default: the data path).</summary>
    public required string LabelPath { get; init; }

    /// <summary>Instance view: a built-in view name or a path to a custom view module, as written (default "table").</summary>
    public string View { get; init; } = "table";

    /// <summary>The custom view module (absolute path of an existing .js file) when <see cref="View"/> is a path; else null.</summary>
    public string? CustomViewFile { get; init; }

    /// <summary>The functions folder (loose .cs files or a .csproj), absolute; null when the project has no code.</summary>
    public string? FunctionsPath { get; init; }

    /// <summary>The cache folder holding the project's DuckDB store (absolute; default ".zeno/" beside the config).</summary>
    public required string CachePath { get; init; }

    /// <summary>Rows per function call.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>
    /// Rows per partition: the unit of work, of commit and of resumption. Every partition costs a query and a commit
    /// (small ones are grouped), so large partitions keep cheap functions fast; a slow model may want smaller ones to
    /// lose less work when a run is killed. Null (the default): <see cref="Pipeline.PartitionSize.Automatic"/>.
    /// </summary>
    public int? PartitionRows { get; init; }

    /// <summary>How many partitions run at once (default: the number of cores).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Port of <c>zeno serve</c>.</summary>
    public int Port { get; init; } = 8231;

    /// <summary>Interface of <c>zeno serve</c>; loopback unless the user opts in to more.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Instances per page in the UI.</summary>
    public int Samples { get; init; } = 30;

    /// <summary>Column types that override inference, by column name.</summary>
    public IReadOnlyDictionary<string, ColumnTypeOverride> ColumnTypes { get; init; } = new Dictionary<string, ColumnTypeOverride>();

    /// <summary>Models in config order; the last one is "latest".</summary>
    public IReadOnlyList<ModelConfig> Models { get; init; } = [];

    /// <summary>Metrics in config order.</summary>
    public IReadOnlyList<MetricConfig> Metrics { get; init; } = [];

    /// <summary>Slices declared in the config (read-only in the UI).</summary>
    public IReadOnlyList<SliceConfig> Slices { get; init; } = [];

    /// <summary>Behavioral tests declared in the config.</summary>
    public IReadOnlyList<TestConfig> Tests { get; init; } = [];
}

/// <summary>A <c>[columns.NAME] type = "..."</c> override and where it was written.</summary>
public sealed record ColumnTypeOverride(string Column, ColumnType Type, SourceLocation Location);
