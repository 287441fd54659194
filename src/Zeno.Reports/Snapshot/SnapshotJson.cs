using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zeno.Reports.Snapshot;

/// <summary>
/// The JSON form of a <see cref="ReportSnapshot"/> (<c>zeno export --json</c>, <c>export.json</c>): camelCase field
/// names taken from the records' documented properties, enums as camelCase strings, undefined values as null (never 0),
/// indented. The field list is locked by a test, so a rename is always deliberate; <c>format</c> says which layout it is.
/// </summary>
public static class SnapshotJson
{
    /// <summary>The options used to write (and read back) snapshots.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Names and filters are shown as written ('"', '<', 'é'), not as \u escapes; the HTML export escapes for itself.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The snapshot as JSON text.</summary>
    public static string Write(ReportSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return JsonSerializer.Serialize(snapshot, Options);
    }

    /// <summary>Reads a snapshot written by <see cref="Write"/>.</summary>
    public static ReportSnapshot Read(string json) =>
        JsonSerializer.Deserialize<ReportSnapshot>(json, Options) ?? throw new JsonException("the JSON holds no report snapshot");
}
