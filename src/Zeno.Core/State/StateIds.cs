using System.Globalization;
using DuckDB.NET.Data;

namespace Zeno.Core.State;

/// <summary>
/// Ids of state objects. Stored ones are a kind prefix and a number from one sequence ("s_12", "r_3"): short,
/// URL-safe, never reused, and ordered by creation. Objects of zeno.toml are "config:" and their name, which stays
/// stable as long as the config keeps the name (reports hold such ids). "all" is the built-in slice of every row.
/// </summary>
/// <remarks>
/// A config id holds the name as written, spaces and all, so clients escape ids in URLs (encodeURIComponent). A name
/// with "/" becomes "%2F", which ASP.NET Core leaves encoded in route values: the server unescapes the id it receives.
/// </remarks>
public static class StateIds
{
    /// <summary>The prefix of ids of objects declared in zeno.toml.</summary>
    public const string ConfigPrefix = "config:";

    /// <summary>The id of the built-in slice of every row ("All instances"), which reports and tests may use.</summary>
    public const string AllInstances = "all";

    /// <summary>The name of the built-in slice of every row, as zeno.toml tests write it.</summary>
    public const string AllInstancesName = "All instances";

    /// <summary>The id of a zeno.toml object called <paramref name="name"/>.</summary>
    public static string Config(string name) => ConfigPrefix + name;

    /// <summary>True for ids of objects declared in zeno.toml.</summary>
    public static bool IsConfig(string id) => id.StartsWith(ConfigPrefix, StringComparison.Ordinal);

    /// <summary>A fresh id with its sequence number, drawn inside the write transaction.</summary>
    internal static (string Id, long Seq) Next(DuckDBConnection connection, string prefix)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT nextval('state_id_seq')";
        var seq = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        return (prefix + "_" + seq.ToString(CultureInfo.InvariantCulture), seq);
    }
}
