namespace Zeno.Core.Errors;

/// <summary>A mistake in zeno.toml: names the file, line and key, and suggests a fix where one is likely.</summary>
public sealed class ConfigException : ZenoException
{
    /// <summary>Creates a config error at a location, for a key.</summary>
    public ConfigException(SourceLocation location, string? key, string message)
        : base($"{location}: {(key is null ? "" : $"'{key}': ")}{message}")
    {
        Location = location;
        Key = key;
    }

    /// <summary>Where in the config file the mistake is.</summary>
    public SourceLocation Location { get; }

    /// <summary>The key that is wrong (dotted, e.g. <c>models[1].output_column</c>), if any.</summary>
    public string? Key { get; }
}
