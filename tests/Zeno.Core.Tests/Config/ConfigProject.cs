using Zeno.Core.Config;
using Zeno.Core.Errors;

namespace Zeno.Core.Tests.Config;

/// <summary>A temporary project folder with real files for a zeno.toml to point at; deleted on dispose.</summary>
internal sealed class ConfigProject : IDisposable
{
    public ConfigProject()
    {
        Folder = Path.Combine(Path.GetTempPath(), "zeno-config-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(Folder, "predictions"));
        Directory.CreateDirectory(Path.Combine(Folder, "functions"));
        Directory.CreateDirectory(Path.Combine(Folder, "audio"));
        File.WriteAllText(Path.Combine(Folder, "data.csv"), "id,text,label\n1,hello,pos\n");
        File.WriteAllText(Path.Combine(Folder, "predictions", "small.csv"), "id,output\n1,pos\n");
        File.WriteAllText(Path.Combine(Folder, "predictions", "large.jsonl"), "{\"id\":1,\"pred\":\"pos\"}\n");
    }

    /// <summary>The project folder, which is also the config's folder.</summary>
    public string Folder { get; }

    public string ConfigPath => Path.Combine(Folder, "zeno.toml");

    /// <summary>The smallest valid config; tests append the tables they are about.</summary>
    public const string Minimal = "data = \"data.csv\"\n";

    public string PathOf(params string[] parts) => Path.Combine([Folder, .. parts]);

    /// <summary>Writes <paramref name="toml"/> as the project's zeno.toml and loads it.</summary>
    public ZenoConfig Load(string toml)
    {
        File.WriteAllText(ConfigPath, toml);
        return ConfigLoader.Load(ConfigPath);
    }

    /// <summary>Loads <paramref name="toml"/>, expecting it to be rejected.</summary>
    public ConfigException Reject(string toml) => Assert.Throws<ConfigException>(() => Load(toml));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>What every config error must say: the file, the line, the key, and whatever the test cares about.</summary>
internal static class ConfigAssert
{
    public static void Points(ConfigException error, int line, string? key, params string[] fragments)
    {
        Assert.Equal(line, error.Location.Line);
        Assert.True(error.Location.Column >= 1, $"column should be 1-based, was {error.Location.Column}");
        Assert.Contains($"zeno.toml:{line}:{error.Location.Column}", error.Message);
        Assert.Equal(key, error.Key);
        if (key is not null)
        {
            Assert.Contains($"'{key}'", error.Message);
        }
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, error.Message);
        }
    }
}
