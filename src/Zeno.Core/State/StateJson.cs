using System.Text.Json;
using System.Text.Json.Serialization;
using Zeno.Core.Config;

namespace Zeno.Core.State;

/// <summary>The small typed values kept as JSON text in state rows (report metrics and models, chart encodings).</summary>
internal static class StateJson
{
    // Enums as camelCase words, so a stored row reads like the API's JSON and survives reordering the enum.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"a state row holds null where a {typeof(T).Name} belongs");

    /// <summary>"latest", "all", or a JSON list of model names.</summary>
    public static string WriteModels(TestModels models) => models.Kind switch
    {
        TestModelsKind.Latest => "latest",
        TestModelsKind.All => "all",
        _ => Write(models.Names),
    };

    public static TestModels ReadModels(string text) => text switch
    {
        "latest" => TestModels.Latest,
        "all" => TestModels.All,
        _ => new TestModels(TestModelsKind.List, Read<List<string>>(text)),
    };
}
