using System.Text.Json;
using System.Text.RegularExpressions;
using Zeno.Core.Errors;

namespace Zeno.Core.Functions;

/// <summary>Reads what <c>dotnet build</c> printed: its error lines, or the JSON of the properties and items asked for.</summary>
internal static partial class BuildOutput
{
    // "path(line,col): error CS1002: ; expected [project]" and, without a place, "path : error NU1101: ...".
    [GeneratedRegex(@"^\s*(?<file>.+?)(?:\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\))?\s*:\s*error\s+(?<code>[A-Za-z]+\d+)\s*:\s*(?<message>.*?)(?:\s+\[[^\]]*\])?\s*$")]
    private static partial Regex ErrorLine();

    public static List<FunctionCompileError> Errors(string output, string displayBaseFolder)
    {
        var errors = new List<FunctionCompileError>();
        foreach (var line in output.Split('\n'))
        {
            var match = ErrorLine().Match(line.TrimEnd('\r'));
            if (!match.Success)
                continue;
            var file = match.Groups["file"].Value.Trim();
            // "MSBUILD : error MSB1009" names a tool, not a file.
            SourceLocation? location = Path.IsPathRooted(file)
                ? new SourceLocation(
                    DisplayPaths.Relative(file, displayBaseFolder),
                    match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value) : 0,
                    match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value) : 0)
                : null;
            var error = new FunctionCompileError(location, match.Groups["code"].Value, match.Groups["message"].Value);
            // MSBuild repeats each error in its closing summary.
            if (!errors.Contains(error))
                errors.Add(error);
        }
        return errors;
    }

    /// <summary>The last lines of the output, for failures that printed no error line.</summary>
    public static string Tail(string output) =>
        string.Join(Environment.NewLine, output.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).TakeLast(30));

    /// <summary>The build's facts from the JSON MSBuild prints last, or null when there is none.</summary>
    public static BuiltProject? Result(string output)
    {
        // The JSON's braces are the only ones at the start of a line; warnings may come before it, stderr after.
        var start = output.StartsWith('{') ? 0 : output.IndexOf("\n{", StringComparison.Ordinal) + 1;
        var end = output.IndexOf("\n}", Math.Max(start, 0), StringComparison.Ordinal);
        if ((start == 0 && !output.StartsWith('{')) || end < 0)
            return null;
        using var json = JsonDocument.Parse(output[start..(end + 2)]);
        var properties = json.RootElement.GetProperty("Properties");
        var items = json.RootElement.GetProperty("Items");
        string? Property(string name) =>
            properties.TryGetProperty(name, out var value) && value.GetString() is { Length: > 0 } text ? text : null;
        List<string> Paths(string name) =>
            items.TryGetProperty(name, out var list)
                ? [.. list.EnumerateArray().Select(item => item.GetProperty("FullPath").GetString()!)]
                : [];
        return Property("TargetPath") is { } target
            ? new BuiltProject(target, Paths("Compile"), Paths("ReferencePath"), Property("DefineConstants"), Property("LangVersion"), Property("Nullable"))
            : null;
    }
}
