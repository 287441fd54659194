using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zeno.Server.Hosting;

/// <summary>The API's JSON conventions in one place: camelCase, enums as camelCase strings, nulls written.</summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        // Doubles that are NaN or infinite never reach the wire: metrics make them null first.
        options.NumberHandling = JsonNumberHandling.Strict;
        return options;
    }
}
