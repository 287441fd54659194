namespace Zeno.Core.Functions;

/// <summary>Paths as the user reads them in messages: relative to the config folder when the file lies beneath it.</summary>
internal static class DisplayPaths
{
    public static string Relative(string path, string baseFolder)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Path.GetFullPath(baseFolder), full);
        // A path outside the base would read as "../../x.cs"; the absolute path is clearer there.
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }
}
