using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zeno.Core.Query.Filters;

namespace Zeno.Core.Query.Histograms;

/// <summary>
/// What a column's layout is cut from, as DuckDB measured it: the finite range of a number or a date column, or a
/// nominal column's most frequent values. Small, and written as JSON with the store, so a restarted server lays out its
/// charts without scanning every column again (at 10M rows, seconds per column). The layout itself is always cut anew
/// from the measurement by the current code, so a change to how edges are chosen never meets a stale layout.
/// </summary>
internal abstract record LayoutMeasurement
{
    private LayoutMeasurement() { }

    /// <summary>The finite range of a number column (null bounds: no finite value) and whether every value is whole.</summary>
    public sealed record Range(double? Min, double? Max, bool Integral) : LayoutMeasurement;

    /// <summary>The range of a date column (null bounds: no value) and whether every value is a whole day.</summary>
    public sealed record Time(DateTime? Min, DateTime? Max, bool DateOnly) : LayoutMeasurement;

    /// <summary>A column's most frequent values, most frequent first.</summary>
    public sealed record Values(IReadOnlyList<FilterValue> Top) : LayoutMeasurement;

    /// <summary>The measurement as JSON.</summary>
    public string ToJson() => (this switch
    {
        Range r => new JsonObject { ["kind"] = "range", ["min"] = r.Min, ["max"] = r.Max, ["integral"] = r.Integral },
        Time t => new JsonObject { ["kind"] = "time", ["min"] = Text(t.Min), ["max"] = Text(t.Max), ["dateOnly"] = t.DateOnly },
        Values v => new JsonObject { ["kind"] = "values", ["top"] = new JsonArray([.. v.Top.Select(Value)]) },
        _ => throw new InvalidOperationException(GetType().Name),
    }).ToJsonString();

    /// <summary>The measurement written by <see cref="ToJson"/>, or null for text that is not one (then the column is measured again).</summary>
    public static LayoutMeasurement? FromJson(string? json)
    {
        if (json is null)
            return null;
        try
        {
            var node = JsonNode.Parse(json)!.AsObject();
            return (string?)node["kind"] switch
            {
                "range" => new Range((double?)node["min"], (double?)node["max"], (bool)node["integral"]!),
                "time" => new Time(Date(node["min"]), Date(node["max"]), (bool)node["dateOnly"]!),
                "values" => new Values([.. node["top"]!.AsArray().Select(value => Value(value!.AsObject()))]),
                _ => null,
            };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or NullReferenceException
                                      or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static JsonObject Value(FilterValue value) => value switch
    {
        FilterValue.Number n => new JsonObject { ["number"] = n.Value },
        FilterValue.Text t => new JsonObject { ["text"] = t.Value },
        FilterValue.Bool b => new JsonObject { ["bool"] = b.Value },
        FilterValue.Date d => new JsonObject { ["date"] = Text(d.Value) },
        _ => throw new InvalidOperationException(value.GetType().Name),
    };

    private static FilterValue Value(JsonObject node) => node.Single() switch
    {
        ("number", var v) => new FilterValue.Number((double)v!),
        ("text", var v) => new FilterValue.Text((string)v!),
        ("bool", var v) => new FilterValue.Bool((bool)v!),
        ("date", var v) => new FilterValue.Date(Date(v) ?? throw new FormatException("a date value without a date")),
        var (name, _) => throw new FormatException($"unknown value kind '{name}'"),
    };

    // Round-trip form without a zone, as DuckDB's TIMESTAMP keeps it.
    private static string? Text(DateTime? value) => value?.ToString("O", CultureInfo.InvariantCulture);

    private static DateTime? Date(JsonNode? node) =>
        node is null ? null : DateTime.ParseExact((string)node!, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
