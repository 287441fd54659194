using Zeno.Core.Errors;

namespace Zeno.Core.Data;

/// <summary>The table formats Zeno reads, all through DuckDB's own readers.</summary>
public enum DataFormat
{
    /// <summary>Comma-separated values with a header row.</summary>
    Csv,
    /// <summary>Tab-separated values with a header row.</summary>
    Tsv,
    /// <summary>Apache Parquet.</summary>
    Parquet,
    /// <summary>One JSON object per line.</summary>
    Jsonl,
}

/// <summary>Maps file names to formats and formats to the DuckDB table function that reads them.</summary>
public static class DataFormats
{
    /// <summary>The extensions Zeno reads, for error messages.</summary>
    public const string Supported = ".csv, .tsv, .parquet, .jsonl (or .ndjson, .json)";

    /// <summary>The format of a file by its extension.</summary>
    public static DataFormat Detect(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => DataFormat.Csv,
        ".tsv" or ".tab" => DataFormat.Tsv,
        ".parquet" or ".pq" => DataFormat.Parquet,
        ".jsonl" or ".ndjson" or ".json" => DataFormat.Jsonl,
        var other => throw new ZenoException($"{path}: cannot read '{other}' files; Zeno reads {Supported}"),
    };

    /// <summary>
    /// A SQL table expression reading the file bound to <paramref name="pathParameter"/>. The path is a bound
    /// parameter, never spliced into the SQL text.
    /// </summary>
    public static string TableFunction(DataFormat format, string pathParameter) => format switch
    {
        DataFormat.Csv => $"read_csv({pathParameter}, header = true, sample_size = -1)",
        DataFormat.Tsv => $"read_csv({pathParameter}, header = true, delim = '\t', sample_size = -1)",
        DataFormat.Parquet => $"read_parquet({pathParameter})",
        _ => $"read_json({pathParameter}, format = 'newline_delimited', sample_size = -1)",
    };
}
