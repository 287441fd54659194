namespace Zeno.Server.Files;

/// <summary>
/// Resolves a requested relative path inside one allowed root, refusing anything that would leave it: "..", absolute
/// paths, encoded variants (the path arrives decoded), and symbolic links whose target lies outside the root.
/// </summary>
public static class SafeFiles
{
    /// <summary>The full path of an existing file inside <paramref name="root"/>, or null when it is missing or not allowed.</summary>
    public static string? Resolve(string root, string relative)
    {
        if (string.IsNullOrEmpty(relative) || relative.Contains('\0') || Path.IsPathRooted(relative) || relative.Contains('\\'))
            return null;
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        var candidate = Path.GetFullPath(Path.Combine(fullRoot, relative));
        if (!candidate.StartsWith(fullRoot, StringComparison.Ordinal) || !File.Exists(candidate))
            return null;
        // Every link on the way (the file, or a folder above it) must resolve inside the root as well.
        var real = RealPath(candidate);
        var realRoot = Path.TrimEndingDirectorySeparator(RealPath(Path.TrimEndingDirectorySeparator(fullRoot))) + Path.DirectorySeparatorChar;
        return real.StartsWith(realRoot, StringComparison.Ordinal) ? real : null;
    }

    // The path with every symbolic link along it resolved, walking up from the file.
    private static string RealPath(string path)
    {
        var parts = new Stack<string>();
        var current = path;
        while (!string.IsNullOrEmpty(current))
        {
            var info = new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? current;
                return Combine(RealPath(target), parts);
            }
            var parent = Path.GetDirectoryName(current);
            if (parent is null)
                break;
            parts.Push(Path.GetFileName(current));
            current = parent;
        }
        return path;
    }

    private static string Combine(string root, Stack<string> parts) => parts.Aggregate(root, Path.Combine);
}
