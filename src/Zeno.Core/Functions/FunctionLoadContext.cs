using System.Reflection;
using System.Runtime.Loader;

namespace Zeno.Core.Functions;

/// <summary>
/// Where a user's functions assembly lives. Zeno.Api and the DataFrame assemblies always come from the host, so that
/// <c>[Metric]</c>, <c>DataFrame</c> and <c>ZenoOptions</c> are the very types the pipeline passes in. A built project's
/// own dependencies (ONNX Runtime, ML.NET, their native libraries) come from its build output, so they may differ
/// from whatever the host happens to carry.
/// </summary>
internal sealed class FunctionLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver? _resolver;

    // Not collectible: a loaded catalog lives as long as the process, so there is never anything to unload, and
    // collectible contexts restrict what model libraries may do (some marshalling, native callbacks).
    public FunctionLoadContext(string name, string? mainAssemblyPath = null)
        : base(name, isCollectible: false)
    {
        if (mainAssemblyPath is not null)
            _resolver = new AssemblyDependencyResolver(mainAssemblyPath);
    }

    /// <summary>
    /// Loads a built functions assembly from a copy in memory: the next build overwrites the file in place, which
    /// must not change an assembly this process already runs.
    /// </summary>
    public Assembly LoadFromCopy(string assemblyPath)
    {
        using var image = new MemoryStream(File.ReadAllBytes(assemblyPath));
        var pdbPath = Path.ChangeExtension(assemblyPath, ".pdb");
        using var symbols = File.Exists(pdbPath) ? new MemoryStream(File.ReadAllBytes(pdbPath)) : null;
        return LoadFromStream(image, symbols);
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        // Null defers to the default context: the host's copy, or the framework's.
        if (_resolver is null || SharedAssemblies.Contains(assemblyName))
            return null;
        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver?.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
