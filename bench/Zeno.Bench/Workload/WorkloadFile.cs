using System.Text.Json;
using System.Text.Json.Serialization;
using Zeno.Bench.Measures;

namespace Zeno.Bench.Workload;

/// <summary>
/// Everything a baseline process needs, as one JSON file: where the data is, Zeno's chart layouts, and the same filter
/// states, brush frames, slices and page of rows that Zeno was asked.
/// </summary>
internal sealed record WorkloadFile(
    long Rows,
    string Parquet,
    string Csv,
    string Database,
    string Label,
    IReadOnlyList<ModelColumn> Models,
    string LatestColumn,
    IReadOnlyList<ChartLayout> Charts,
    IReadOnlyList<IReadOnlyList<Clause>> FilterStates,
    IReadOnlyList<IReadOnlyList<Clause>> BrushFrames,
    IReadOnlyList<SliceSpec> Slices,
    RowsQuery RowsQuery,
    bool Distill,
    RepeatPolicy Policy,
    RepeatPolicy SlowPolicy)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json));

    public static WorkloadFile Read(string path) => JsonSerializer.Deserialize<WorkloadFile>(File.ReadAllText(path), ReadOptions)!;

    // Conditions are read back with plain values (the DuckDB baseline only needs them as SQL literals).
    private static readonly JsonSerializerOptions ReadOptions = new(Json) { Converters = { new ConditionReader() } };
}

/// <summary>A model and the data column that holds its predictions.</summary>
internal sealed record ModelColumn(string Name, string Column);

/// <summary>Reads a <see cref="Condition"/> written by <see cref="ValueConverter"/>.</summary>
internal sealed class ConditionReader : JsonConverter<Condition>
{
    public override Condition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var value = root.GetProperty("value");
        object parsed = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.True or JsonValueKind.False => value.GetBoolean(),
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.Array => value.EnumerateArray().Select(v => v.GetString()!).ToArray(),
            JsonValueKind.Object => DateTime.Parse(value.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new JsonException($"unexpected value {value}"),
        };
        return new Condition(root.GetProperty("column").GetString()!, root.GetProperty("op").GetString()!, parsed);
    }

    public override void Write(Utf8JsonWriter writer, Condition value, JsonSerializerOptions options) => throw new NotSupportedException();
}
