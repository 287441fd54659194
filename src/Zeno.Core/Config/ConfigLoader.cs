using Zeno.Core.Errors;

namespace Zeno.Core.Config;

/// <summary>
/// Reads zeno.toml into a <see cref="ZenoConfig"/>: every key checked against the keys its table accepts, every
/// value against its type and range, every path made absolute and checked where it must exist. Each mistake is a
/// <see cref="ConfigException"/> naming the file, line, column and key, with a suggestion where one is likely.
/// </summary>
public static partial class ConfigLoader
{
    /// <summary>The file name <c>zeno init</c> writes and that <see cref="Load"/> looks for inside a folder.</summary>
    public const string DefaultFileName = "zeno.toml";

    /// <summary>Reads and validates a config file (or the zeno.toml inside a folder).</summary>
    /// <exception cref="ZenoException">The file does not exist or cannot be read.</exception>
    /// <exception cref="ConfigException">The file is not valid TOML or not a valid Zeno config.</exception>
    public static ZenoConfig Load(string configPath)
    {
        var path = Path.GetFullPath(configPath);
        if (Directory.Exists(path))
        {
            path = Path.Combine(path, DefaultFileName);
        }
        if (!File.Exists(path))
        {
            throw new ZenoException($"config file not found: {path}")
            {
                Hint = "run `zeno init` in the folder of your data to write a zeno.toml from its columns",
            };
        }
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ZenoException($"cannot read config file {path}: {e.Message}", e);
        }
        return Parse(text, path);
    }

    /// <summary>
    /// Validates config text. <paramref name="configPath"/> (absolute or relative to the working folder) names the
    /// file in errors, and its folder is what relative paths in the config are resolved against.
    /// </summary>
    /// <exception cref="ConfigException">The text is not valid TOML or not a valid Zeno config.</exception>
    public static ZenoConfig Parse(string tomlText, string configPath)
    {
        var fullPath = Path.GetFullPath(configPath);
        var baseDirectory = Path.GetDirectoryName(fullPath)!;
        var top = new ConfigSection(LocatedTomlParser.Parse(tomlText, fullPath), "", "the top-level table", baseDirectory);
        top.RejectUnknownKeys(ConfigKeys.TopLevel);

        var (dataFile, dataLocation) = ReadDataFile(top);
        var dataPath = top.Path("data_path") ?? baseDirectory;
        var models = ReadModels(top);
        var metrics = ReadMetrics(top);
        var slices = ReadSlices(top);
        var (view, customView) = ReadView(top);
        return new ZenoConfig
        {
            ConfigPath = fullPath,
            Name = top.String("name") ?? new DirectoryInfo(baseDirectory).Name,
            DataFile = dataFile,
            DataLocation = dataLocation,
            KeyLocations = ConfigKeys.TopLevel.Select(key => top.Find(key)).OfType<LocatedMember>()
                .ToDictionary(member => member.Key, member => member.KeyLocation),
            IdColumn = top.String("id_column"),
            DataColumn = top.String("data_column"),
            LabelColumn = top.String("label_column"),
            DataPath = dataPath,
            LabelPath = top.Path("label_path") ?? dataPath,
            View = view,
            CustomViewFile = customView,
            FunctionsPath = ReadFunctionsFolder(top),
            CachePath = top.Path("cache_path") ?? top.Resolve(".zeno"),
            BatchSize = top.Int("batch_size", 256, min: 1),
            PartitionRows = top.OptionalInt("partition_rows", min: 1),
            Parallelism = top.Int("parallelism", Environment.ProcessorCount, min: 1),
            Port = top.Int("port", 8231, min: 1, max: 65535),
            Host = top.String("host") ?? "127.0.0.1",
            Samples = top.Int("samples", 30, min: 1),
            ColumnTypes = ReadColumnTypes(top),
            Models = models,
            Metrics = metrics,
            Slices = slices,
            Tests = ReadTests(top, slices, metrics, models),
        };
    }

    private static (string File, SourceLocation Location) ReadDataFile(ConfigSection top)
    {
        var member = top.Find("data") ?? throw top.Missing("data", "it names the instance table, e.g. data = \"data.csv\"");
        var file = top.Path("data")!;
        RequireTableFile(top, member, file, "data file");
        return (file, member.KeyLocation);
    }

    /// <summary>Data and predictions files: a format the readers know, and present.</summary>
    private static void RequireTableFile(ConfigSection section, LocatedMember member, string file, string what)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (!ConfigKeys.DataExtensions.Contains(extension))
        {
            var found = extension.Length == 0 ? "(the name has no extension)" : $"'{extension}'";
            throw section.ValueError(member, $"unsupported {what} format {found}; supported formats: {string.Join(", ", ConfigKeys.DataExtensions)}");
        }
        if (!File.Exists(file))
        {
            throw section.ValueError(member, $"{what} not found: {file}");
        }
    }

    /// <summary>A built-in view name, or the path of an existing custom view module (.js) that the server will serve.</summary>
    private static (string View, string? CustomViewFile) ReadView(ConfigSection top)
    {
        if (top.String("view") is not { } view)
        {
            return ("table", null);
        }
        if (ConfigKeys.Views.Contains(view))
        {
            return (view, null);
        }
        var member = top.Find("view")!;
        if (!ConfigKeys.ViewExtensions.Contains(Path.GetExtension(view).ToLowerInvariant()))
        {
            // A name without a module extension was meant as a built-in view.
            var closest = Suggest.Closest(view, ConfigKeys.Views);
            throw top.ValueError(member, $"unknown view '{view}'{(closest is not null ? $"; did you mean '{closest}'?" : ".")} "
                + $"Built-in views: {string.Join(", ", ConfigKeys.Views)}; a custom view is the path of a .js module, relative to the config file");
        }
        var file = top.Resolve(view);
        return File.Exists(file) ? (view, file) : throw top.ValueError(member, $"custom view not found: {file}");
    }

    private static string? ReadFunctionsFolder(ConfigSection top)
    {
        if (top.Path("functions") is not { } folder)
        {
            return null;
        }
        return Directory.Exists(folder)
            ? folder
            : throw top.ValueError(top.Find("functions")!, $"functions folder not found: {folder}");
    }

    /// <summary>A required, unique <c>name</c>; <paramref name="seen"/> maps names to where they were first written.</summary>
    private static string ReadUniqueName(ConfigSection section, Dictionary<string, SourceLocation> seen, string kind)
    {
        var name = section.RequiredString("name", $"every {kind} needs a name, e.g. name = \"...\"");
        var member = section.Find("name")!;
        if (seen.TryGetValue(name, out var first))
        {
            throw section.ValueError(member, $"duplicate {kind} name '{name}' (first defined at line {first.Line})");
        }
        seen[name] = member.Value.Location;
        return name;
    }

    /// <summary>"unknown X 'y'" with the closest valid word, or the list of valid words when none is close.</summary>
    private static string UnknownWord(string what, string value, IReadOnlyCollection<string> valid)
    {
        var closest = Suggest.Closest(value, valid);
        return closest is not null
            ? $"unknown {what} '{value}'; did you mean '{closest}'?"
            : $"unknown {what} '{value}'; expected one of: {string.Join(", ", valid)}";
    }
}
