namespace Zeno.Core.Config;

/// <summary>The vocabulary of zeno.toml: the keys each table accepts and the words some keys take. One place, so errors and suggestions agree with the loader.</summary>
internal static class ConfigKeys
{
    /// <summary>The name a test uses for the slice of every row.</summary>
    public const string AllInstances = "All instances";

    public static readonly string[] TopLevel =
    [
        "name", "data", "id_column", "data_column", "label_column", "data_path", "label_path", "view", "functions",
        "cache_path", "batch_size", "partition_rows", "parallelism", "port", "host", "samples", "columns", "models", "metrics", "slices",
        "tests",
    ];

    public static readonly string[] Column = ["type"];

    public static readonly string[] Model = ["name", "predictions", "output_column"];

    /// <summary>Every key some metric accepts; which ones a given type accepts is <see cref="MetricOptions"/>.</summary>
    public static readonly string[] Metric = ["name", "type", "positive", "average", "column"];

    public static readonly string[] Slice = ["name", "filter", "folder"];

    public static readonly string[] Test = ["name", "slice", "metric", "expect", "models"];

    /// <summary>The built-in instance views (the web UI's registry has the same names); any other view is a path to a custom module.</summary>
    public static readonly string[] Views =
    [
        "table", "text-classification", "image-classification", "image-segmentation", "object-detection",
        "audio-transcription", "time-series", "chat", "code-generation",
    ];

    /// <summary>File extensions of a custom view: an ES module the browser imports.</summary>
    public static readonly string[] ViewExtensions = [".js", ".mjs"];

    /// <summary>File extensions the data readers understand.</summary>
    public static readonly string[] DataExtensions = [".csv", ".tsv", ".parquet", ".jsonl", ".ndjson", ".json"];

    public static readonly IReadOnlyDictionary<string, ColumnType> ColumnTypes = new Dictionary<string, ColumnType>
    {
        ["continuous"] = ColumnType.Continuous,
        ["nominal"] = ColumnType.Nominal,
        ["boolean"] = ColumnType.Boolean,
        ["datetime"] = ColumnType.Datetime,
        ["text"] = ColumnType.Text,
    };

    public static readonly IReadOnlyDictionary<string, BuiltInMetric> MetricTypes = new Dictionary<string, BuiltInMetric>
    {
        ["accuracy"] = BuiltInMetric.Accuracy,
        ["error_rate"] = BuiltInMetric.ErrorRate,
        ["precision"] = BuiltInMetric.Precision,
        ["recall"] = BuiltInMetric.Recall,
        ["f1"] = BuiltInMetric.F1,
        ["mae"] = BuiltInMetric.Mae,
        ["rmse"] = BuiltInMetric.Rmse,
        ["mean"] = BuiltInMetric.Mean,
        ["count"] = BuiltInMetric.Count,
        ["wer"] = BuiltInMetric.Wer,
        ["cer"] = BuiltInMetric.Cer,
        ["exact_match"] = BuiltInMetric.ExactMatch,
    };

    /// <summary>Values of a metric's <c>average</c> key.</summary>
    public static readonly string[] Averages = ["macro", "binary"];

    /// <summary>The keys beyond name and type that a metric of this type accepts; a <c>[Metric]</c> function (null) takes none.</summary>
    public static string[] MetricOptions(BuiltInMetric? type) => type switch
    {
        BuiltInMetric.Precision or BuiltInMetric.Recall or BuiltInMetric.F1 => ["positive", "average"],
        BuiltInMetric.Mean => ["column"],
        _ => [],
    };
}
