using System.Security.Cryptography;
using System.Text;
using Zeno.Core.Errors;

namespace Zeno.Core.Functions;

/// <summary>What a functions folder holds: loose .cs files, or a project to build, and a key of its code's content.</summary>
/// <param name="Path">The folder, absolute.</param>
/// <param name="Project">The .csproj at the top of the folder, or null for loose files.</param>
/// <param name="ProjectFiles">The .csproj and the Directory.*.props/targets beside it: what else decides a build.</param>
/// <param name="Sources">The .cs files outside bin/, obj/ and hidden folders, sorted.</param>
/// <param name="ContentKey">A hash of every file's path and text: equal keys compile to equal catalogs.</param>
internal sealed record FunctionFolder(
    string Path, string? Project, IReadOnlyList<string> ProjectFiles, IReadOnlyList<string> Sources, string ContentKey)
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj" };

    /// <summary>True when there is nothing to compile.</summary>
    public bool IsEmpty => Project is null && Sources.Count == 0;

    public static FunctionFolder Scan(string folder, string displayBaseFolder)
    {
        var full = System.IO.Path.GetFullPath(folder);
        var shown = DisplayPaths.Relative(full, displayBaseFolder);
        if (!Directory.Exists(full))
        {
            throw new ZenoException($"The functions folder '{shown}' does not exist.")
            {
                Hint = "Create it, or remove the functions setting from zeno.toml if the project has no code.",
            };
        }
        var projects = Directory.GetFiles(full, "*.csproj", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
        if (projects.Count > 1)
        {
            throw new ZenoException(
                $"The functions folder '{shown}' holds {projects.Count} .csproj files: {string.Join(", ", projects.Select(System.IO.Path.GetFileName))}.")
            {
                Hint = "Keep one project at the top of the functions folder.",
            };
        }
        var projectFiles = projects.Count == 0
            ? []
            : projects.Concat(Directory.GetFiles(full, "Directory.*.props")).Concat(Directory.GetFiles(full, "Directory.*.targets"))
                .Order(StringComparer.Ordinal).ToList();
        var sources = new List<string>();
        Collect(full, sources);
        sources.Sort(StringComparer.Ordinal);
        return new FunctionFolder(full, projects.FirstOrDefault(), projectFiles, sources, KeyOf(projectFiles.Concat(sources)));
    }

    /// <summary>The text of the project's MSBuild files, which a built project's fingerprints include (package versions).</summary>
    public string ProjectText() =>
        string.Join("\n", ProjectFiles.Select(file => System.IO.Path.GetFileName(file) + "\n" + File.ReadAllText(file)));

    private static void Collect(string folder, List<string> sources)
    {
        sources.AddRange(Directory.EnumerateFiles(folder, "*.cs"));
        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            var name = System.IO.Path.GetFileName(child);
            // Build outputs hold generated copies, and hidden folders (.git, .vs, a cache) hold nothing to compile.
            if (!SkippedFolders.Contains(name) && !name.StartsWith('.'))
                Collect(child, sources);
        }
    }

    private static string KeyOf(IEnumerable<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
            hash.AppendData("\n\0\n"u8);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
