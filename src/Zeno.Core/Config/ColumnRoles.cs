using Zeno.Core.Data;

namespace Zeno.Core.Config;

/// <summary>What <c>zeno init</c> guessed each column is for.</summary>
/// <param name="IdColumn">A unique id column, if one is recognisable.</param>
/// <param name="DataColumn">The raw instance (text, or file paths), if any.</param>
/// <param name="LabelColumn">The ground truth, if recognisable.</param>
/// <param name="Models">Model name → output column of the data table.</param>
/// <param name="View">The instance view that fits the data column.</param>
public sealed record ColumnRoles(string? IdColumn, string? DataColumn, string? LabelColumn, IReadOnlyList<(string Model, string Column)> Models, string View)
{
    private static readonly string[] IdNames = ["id", "uid", "uuid", "instance_id", "example_id", "item_id", "row_id", "key"];
    private static readonly string[] LabelNames = ["label", "labels", "target", "gold", "y", "class", "ground_truth", "truth", "answer", "reference", "expected", "transcription", "transcript"];
    private static readonly string[] DataNames = ["text", "data", "input", "sentence", "content", "question", "prompt", "document", "body", "path", "file", "filename", "image", "audio"];
    private static readonly string[] AudioExtensions = [".wav", ".mp3", ".flac", ".ogg", ".m4a"];
    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp"];

    /// <summary>Guesses roles from column names, uniqueness and example values.</summary>
    public static ColumnRoles Guess(long rows, IReadOnlyList<InspectedColumn> columns)
    {
        string? Named(IEnumerable<string> names, Func<InspectedColumn, bool> accept) =>
            names.Select(name => columns.FirstOrDefault(c => c.Column.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && accept(c)))
                .FirstOrDefault(c => c is not null)?.Column.Name;

        var id = Named(IdNames, c => c.Profile.Distinct == rows && c.Profile.NonNull == rows)
            ?? columns.FirstOrDefault(c => c.Column.Name.EndsWith("_id", StringComparison.OrdinalIgnoreCase) && c.Profile.Distinct == rows && c.Profile.NonNull == rows)?.Column.Name;
        var label = Named(LabelNames, _ => true);
        var models = columns
            .Select(c => (Model: ModelName(c.Column.Name), c.Column.Name))
            .Where(pair => pair.Model is not null)
            .Select(pair => (pair.Model!, pair.Name))
            .ToList();
        var files = columns.FirstOrDefault(c => c.Examples.Count > 0 && c.Examples.All(e => HasExtension(e, AudioExtensions) || HasExtension(e, ImageExtensions)));
        var data = files?.Column.Name
            ?? Named(DataNames, c => c.Column.Type == ColumnType.Text)
            ?? columns.Where(c => c.Column.Type == ColumnType.Text && c.Column.Name != label && models.All(m => m.Item2 != c.Column.Name))
                .OrderByDescending(c => c.Profile.AverageLength).FirstOrDefault()?.Column.Name;
        var view = files is null
            ? data is null ? "table" : "text-classification"
            : files.Examples.All(e => HasExtension(e, AudioExtensions)) ? "audio-transcription" : "image-classification";
        return new ColumnRoles(id, data, label, models, view);
    }

    // "pred_bert", "bert_pred", "prediction", "output" → a model name; other columns → null.
    private static string? ModelName(string column)
    {
        var lower = column.ToLowerInvariant();
        foreach (var marker in new[] { "prediction", "predicted", "pred", "output" })
        {
            if (lower == marker)
                return "model";
            if (lower.StartsWith(marker + "_", StringComparison.Ordinal))
                return column[(marker.Length + 1)..];
            if (lower.EndsWith("_" + marker, StringComparison.Ordinal))
                return column[..^(marker.Length + 1)];
        }
        return null;
    }

    private static bool HasExtension(string value, string[] extensions) =>
        extensions.Contains(Path.GetExtension(value).ToLowerInvariant());
}
