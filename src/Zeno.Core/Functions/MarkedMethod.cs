using Microsoft.CodeAnalysis;
using Zeno.Core.Errors;

namespace Zeno.Core.Functions;

/// <summary>A source method carrying a Zeno attribute, before its signature is checked.</summary>
/// <param name="Symbol">The method as the compiler knows it.</param>
/// <param name="Kind">The role its attribute gives it.</param>
/// <param name="Name">The attribute's name, or the method's name.</param>
/// <param name="Location">Where it is declared, for messages and descriptors.</param>
/// <param name="OtherKinds">Any further Zeno attributes on the same method (always a mistake).</param>
internal sealed record MarkedMethod(
    IMethodSymbol Symbol, FunctionKind Kind, string Name, SourceLocation Location, IReadOnlyList<FunctionKind> OtherKinds)
{
    /// <summary>"Metrics.Accuracy": the method as the user wrote it.</summary>
    public string Display => $"{Symbol.ContainingType.ToDisplayString()}.{Symbol.Name}";

    /// <summary>Every source method with a Zeno attribute, ordered by file and position.</summary>
    public static List<MarkedMethod> FindAll(Compilation compilation, string displayBaseFolder)
    {
        var found = new List<(MarkedMethod Method, Location Where)>();
        foreach (var type in TypesOf(compilation.Assembly.GlobalNamespace))
        {
            foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
            {
                var marks = method.GetAttributes()
                    .Select(attribute => (Attribute: attribute, Kind: KindOf(attribute.AttributeClass)))
                    .Where(mark => mark.Kind is not null)
                    .ToList();
                if (marks.Count == 0 || method.Locations.FirstOrDefault(location => location.IsInSource) is not { } where)
                    continue;
                var (attribute, kind) = marks[0];
                var name = attribute.ConstructorArguments is [{ Value: string given }] ? given : method.Name;
                var location = SourceCompiler.Where(where, displayBaseFolder) ?? new SourceLocation(where.ToString(), 0);
                var others = marks.Skip(1).Select(mark => mark.Kind!.Value).ToList();
                found.Add((new MarkedMethod(method, kind!.Value, name, location, others), where));
            }
        }
        return found
            .OrderBy(entry => entry.Where.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(entry => entry.Where.SourceSpan.Start)
            .Select(entry => entry.Method)
            .ToList();
    }

    private static FunctionKind? KindOf(INamedTypeSymbol? attribute) => attribute?.ToDisplayString() switch
    {
        "Zeno.ModelAttribute" => FunctionKind.Model,
        "Zeno.MetricAttribute" => FunctionKind.Metric,
        "Zeno.DistillAttribute" => FunctionKind.Distill,
        "Zeno.TransformAttribute" => FunctionKind.Transform,
        _ => null,
    };

    private static IEnumerable<INamedTypeSymbol> TypesOf(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceOrTypeSymbol inner)
            {
                if (inner is INamedTypeSymbol type)
                    yield return type;
                foreach (var nested in TypesOf(inner))
                    yield return nested;
            }
        }
    }
}
