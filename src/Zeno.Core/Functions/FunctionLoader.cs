using System.Collections.Concurrent;
using Zeno.Core.Errors;

namespace Zeno.Core.Functions;

/// <summary>Turns a project's functions folder into a <see cref="FunctionCatalog"/> of callable, fingerprinted functions.</summary>
/// <remarks>
/// A folder of loose .cs files is compiled in memory with Roslyn; the files see System, System.Linq,
/// System.Collections.Generic, System.IO, System.Text, System.Text.RegularExpressions, Microsoft.Data.Analysis and
/// Zeno without usings, and may reference only the framework and those assemblies. A folder with one .csproj at its
/// top is built with <c>dotnet build</c> instead, so it can use any NuGet package; its project references Zeno.Api as
/// <c>&lt;Reference Include="Zeno.Api"&gt;&lt;HintPath&gt;$(ZenoApiPath)&lt;/HintPath&gt;&lt;Private&gt;false&lt;/Private&gt;&lt;/Reference&gt;</c>
/// plus <c>&lt;PackageReference Include="Microsoft.Data.Analysis" Version="0.23.1" /&gt;</c>.
/// </remarks>
public static class FunctionLoader
{
    // Loaded assemblies cannot be unloaded from their (non-collectible) contexts, so the same code is compiled and
    // loaded at most once per process; a changed file makes a new key and a new load.
    private static readonly ConcurrentDictionary<string, Lazy<FunctionCatalog>> Loaded = new(StringComparer.Ordinal);

    /// <summary>Compiles (or builds), checks and fingerprints the functions in a folder.</summary>
    /// <param name="functionsFolder">The folder of .cs files or of a .csproj project.</param>
    /// <param name="cacheFolder">The project's cache folder; a built project's output goes to its <c>functions-build</c> folder.</param>
    /// <param name="displayBaseFolder">The folder that paths in messages and descriptors are relative to (the config folder).</param>
    /// <returns>The catalog; <see cref="FunctionCatalog.Empty"/> when the folder holds no code.</returns>
    /// <exception cref="FunctionCompileException">The code does not compile or the project does not build.</exception>
    /// <exception cref="FunctionSignatureException">A marked method has a signature Zeno cannot call, or two clash.</exception>
    /// <exception cref="ZenoException">The folder does not exist or holds more than one .csproj.</exception>
    public static FunctionCatalog Load(string functionsFolder, string cacheFolder, string displayBaseFolder)
    {
        ArgumentException.ThrowIfNullOrEmpty(functionsFolder);
        ArgumentException.ThrowIfNullOrEmpty(cacheFolder);
        ArgumentException.ThrowIfNullOrEmpty(displayBaseFolder);
        var folder = FunctionFolder.Scan(functionsFolder, displayBaseFolder);
        if (folder.IsEmpty)
            return FunctionCatalog.Empty;

        var outputFolder = Path.Combine(Path.GetFullPath(cacheFolder), "functions-build");
        var key = string.Join('\n', folder.ContentKey, folder.Path, outputFolder, Path.GetFullPath(displayBaseFolder));
        var compiled = CompiledFunctions.Folder(cacheFolder, key);
        var load = Loaded.GetOrAdd(key, _ => new Lazy<FunctionCatalog>(
            () => LoadFolder(folder, outputFolder, compiled, displayBaseFolder), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return load.Value;
        }
        catch
        {
            // A failure is not remembered: a restore that failed for want of network may succeed on the next try.
            Loaded.TryRemove(new KeyValuePair<string, Lazy<FunctionCatalog>>(key, load));
            throw;
        }
    }

    private static FunctionCatalog LoadFolder(FunctionFolder folder, string outputFolder, string compiledFolder, string displayBaseFolder)
    {
        var shown = DisplayPaths.Relative(folder.Path, displayBaseFolder);
        if (folder.Project is null)
        {
            // A warm start of unchanged code loads the compiled assembly and its analysis from the cache: no Roslyn.
            if (CompiledFunctions.TryLoad(compiledFolder, shown) is { } cached)
                return cached;
            var (compilation, assembly, image, symbols) = SourceCompiler.Compile(folder.Sources, shown, displayBaseFolder);
            var (catalog, entries) = FunctionDiscovery.Discover(compilation, assembly, displayBaseFolder, salt: ImplicitUsings.Text);
            CompiledFunctions.Save(compiledFolder, image, symbols, entries);
            return catalog;
        }

        var built = ProjectBuilder.Build(folder, outputFolder, shown, displayBaseFolder);
        var context = new FunctionLoadContext($"zeno-functions:{shown}", built.AssemblyPath);
        var loaded = context.LoadFromCopy(built.AssemblyPath);
        return FunctionDiscovery.Discover(ProjectCompilation.Create(built), loaded, displayBaseFolder, salt: folder.ProjectText()).Catalog;
    }
}
