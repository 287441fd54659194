using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Zeno.Core.Functions;

/// <summary>
/// The compiled assembly of a folder of loose .cs files and its analysis (descriptors, fingerprints, which methods),
/// kept in the cache folder under a key of the code's content and of this Zeno build. A second start of unchanged
/// code then loads them instead of running Roslyn, which is most of a warm start's time.
/// </summary>
internal static class CompiledFunctions
{
    private const string Catalog = "catalog.json";
    private const string Image = "functions.dll";
    private const string Symbols = "functions.pdb";

    // A new Zeno build may analyse or bind the same code differently, so its module id is part of the key.
    private static readonly string ZenoBuild = typeof(CompiledFunctions).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static string Folder(string cacheFolder, string contentKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(contentKey + "\n" + ZenoBuild));
        return Path.Combine(Path.GetFullPath(cacheFolder), "functions-compiled", Convert.ToHexStringLower(hash, 0, 12));
    }

    /// <summary>The cached catalog, or null when there is none or it cannot be read (then the caller compiles).</summary>
    public static FunctionCatalog? TryLoad(string folder, string folderForDisplay)
    {
        try
        {
            if (!File.Exists(Path.Combine(folder, Catalog)))
                return null;
            var entries = JsonSerializer.Deserialize<List<CatalogEntry>>(File.ReadAllText(Path.Combine(folder, Catalog)));
            if (entries is null)
                return null;
            var context = new FunctionLoadContext($"zeno-functions:{folderForDisplay}");
            var assembly = context.LoadFromStream(
                new MemoryStream(File.ReadAllBytes(Path.Combine(folder, Image))),
                new MemoryStream(File.ReadAllBytes(Path.Combine(folder, Symbols))));
            return FunctionDiscovery.Bind(assembly, entries);
        }
        catch (Exception e) when (e is IOException or JsonException or BadImageFormatException or UnauthorizedAccessException)
        {
            // A damaged cache entry only costs a compile.
            return null;
        }
    }

    /// <summary>Saves a compile: written beside the final folder and moved into place, so a crash leaves no half entry.</summary>
    public static void Save(string folder, byte[] image, byte[] symbols, IReadOnlyList<CatalogEntry> entries)
    {
        try
        {
            var staging = folder + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
            Directory.CreateDirectory(staging);
            File.WriteAllBytes(Path.Combine(staging, Image), image);
            File.WriteAllBytes(Path.Combine(staging, Symbols), symbols);
            File.WriteAllText(Path.Combine(staging, Catalog), JsonSerializer.Serialize(entries));
            if (Directory.Exists(folder))
                Directory.Delete(staging, recursive: true);
            else
                Directory.Move(staging, folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Caching is an optimisation: a read-only or full disk must not stop the project.
        }
    }
}
