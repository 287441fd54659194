using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scenes;

/// <summary>One object: its class, its box <c>[x, y, width, height]</c> in image pixels, and the detector's confidence.</summary>
public sealed record Box(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("box")] int[] Rect,
    [property: JsonPropertyName("score")] double? Score = null)
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static Box[] Parse(string json) => JsonSerializer.Deserialize<Box[]>(json, Json) ?? [];

    public static string Write(IEnumerable<Box> boxes) => JsonSerializer.Serialize(boxes, Json);

    /// <summary>Intersection over union of two boxes.</summary>
    public double Iou(Box other)
    {
        var w = Math.Min(Rect[0] + Rect[2], other.Rect[0] + other.Rect[2]) - Math.Max(Rect[0], other.Rect[0]);
        var h = Math.Min(Rect[1] + Rect[3], other.Rect[1] + other.Rect[3]) - Math.Max(Rect[1], other.Rect[1]);
        if (w <= 0 || h <= 0)
            return 0;
        double both = w * h;
        return both / (Rect[2] * Rect[3] + other.Rect[2] * other.Rect[3] - both);
    }
}
