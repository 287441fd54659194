namespace Zeno.Bench.Generate;

/// <summary>The generated table's vocabularies and models, shared by the generator, the project files and the workload.</summary>
internal static class Schema
{
    public static readonly string[] Countries =
    [
        "US", "IN", "BR", "GB", "DE", "FR", "CA", "MX", "ID", "JP", "ES", "IT", "NG", "PH", "TR", "AU", "PL", "NL", "KR", "AR",
        "CO", "ZA", "EG", "VN", "TH", "SE", "BE", "CH", "AT", "PT", "CL", "PE", "IE", "DK", "FI", "NO", "NZ", "GR", "CZ", "RO",
    ];

    public static readonly string[] Categories =
        ["electronics", "books", "clothing", "home", "beauty", "sports", "toys", "grocery", "automotive", "garden", "music", "software"];

    public static readonly string[] Devices = ["mobile", "desktop", "tablet", "tv", "other"];

    public static readonly string[] Sources = ["organic", "ads", "referral"];

    /// <summary>The label's classes, most frequent first.</summary>
    public static readonly string[] Classes = ["positive", "negative", "neutral", "mixed"];

    /// <summary>The three models, oldest first, each with its prediction column and base accuracy.</summary>
    public static readonly (string Name, string Column, double Accuracy)[] Models =
        [("model-a", "pred_a", 0.72), ("model-b", "pred_b", 0.81), ("model-c", "pred_c", 0.87)];

    /// <summary>The latest model: what the UI shows by default.</summary>
    public static (string Name, string Column, double Accuracy) Latest => Models[^1];

    public const string Label = "label";
    public const string Id = "id";
    public const string Text = "text";

    /// <summary>The 20 columns of the data file, in order.</summary>
    public static readonly string[] Columns =
    [
        "id", "created_at", "country", "device", "category", "source", "age", "income", "score", "latency_ms", "rating",
        "is_premium", "has_image", "verified", "num_words", "text", "label", "pred_a", "pred_b", "pred_c",
    ];
}
