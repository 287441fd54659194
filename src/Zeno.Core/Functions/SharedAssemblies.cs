using System.Reflection;
using Microsoft.Data.Analysis;

namespace Zeno.Core.Functions;

/// <summary>
/// The assemblies whose types cross the boundary between Zeno and user code: Zeno.Api, Microsoft.Data.Analysis and
/// what those reference beyond the framework (DataFrame exposes Arrow and ML.NET types). User code must see the
/// host's copies, both when it is compiled and when it is loaded.
/// </summary>
internal static class SharedAssemblies
{
    private static readonly Lazy<IReadOnlyList<Assembly>> All = new(Collect);
    private static readonly Lazy<HashSet<string>> Names = new(
        () => All.Value.Select(assembly => assembly.GetName().Name!).ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>The shared assemblies, loaded in the default context.</summary>
    public static IReadOnlyList<Assembly> Assemblies => All.Value;

    public static bool Contains(AssemblyName name) => name.Name is { } simple && Names.Value.Contains(simple);

    private static IReadOnlyList<Assembly> Collect()
    {
        var frameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var found = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<Assembly>([typeof(ModelAttribute).Assembly, typeof(DataFrame).Assembly]);
        while (pending.TryPop(out var assembly))
        {
            if (!found.TryAdd(assembly.GetName().Name!, assembly))
                continue;
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (found.ContainsKey(reference.Name!) || TryLoad(reference) is not { } loaded)
                    continue;
                // Framework assemblies are shared anyway; following them would only walk the whole framework.
                if (!string.Equals(Path.GetDirectoryName(loaded.Location), frameworkFolder, StringComparison.Ordinal))
                    pending.Push(loaded);
            }
        }
        return [.. found.Values];
    }

    private static Assembly? TryLoad(AssemblyName name)
    {
        try
        {
            return System.Runtime.Loader.AssemblyLoadContext.Default.LoadFromAssemblyName(name);
        }
        catch (Exception error) when (error is IOException or BadImageFormatException)
        {
            // An optional dependency the host does not ship; user code cannot need it through DataFrame either.
            return null;
        }
    }
}
