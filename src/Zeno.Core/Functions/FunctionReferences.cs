using Microsoft.CodeAnalysis;

namespace Zeno.Core.Functions;

/// <summary>
/// What loose functions files are compiled against: the running framework plus the shared Zeno assemblies. The
/// host's other assemblies (Roslyn, DuckDB, a test runner) are left out on purpose: user code should not bind to
/// them, and their types could clash with the framework's.
/// </summary>
internal static class FunctionReferences
{
    // Reading ~170 assemblies' metadata takes a moment; every compilation in the process shares the result.
    private static readonly Lazy<IReadOnlyList<MetadataReference>> All = new(Collect);

    public static IReadOnlyList<MetadataReference> Framework => All.Value;

    private static IReadOnlyList<MetadataReference> Collect()
    {
        var frameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var paths = trusted
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkFolder, StringComparison.Ordinal))
            .Concat(SharedAssemblies.Assemblies.Select(assembly => assembly.Location))
            .Where(path => path.Length > 0 && path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal);
        var references = new List<MetadataReference>();
        foreach (var path in paths)
        {
            // Native images and other non-assemblies can sit in the framework folder; skip what is not metadata.
            if (IsManagedAssembly(path))
                references.Add(MetadataReference.CreateFromFile(path));
        }
        return references;
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
