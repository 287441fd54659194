using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Zeno.Core.Functions;

/// <summary>
/// Builds the catalog from the user's code: finds the marked methods in the compiler's view, rejects what Zeno cannot
/// call (with file and line), then fingerprints each function and binds it to the loaded assembly.
/// </summary>
internal static class FunctionDiscovery
{
    /// <param name="compilation">The sources as the compiler saw them, for signatures, places and fingerprints.</param>
    /// <param name="assembly">The loaded assembly built from those sources, for the calls.</param>
    /// <param name="displayBaseFolder">The folder paths in descriptors and messages are relative to.</param>
    /// <param name="salt">Mixed into every fingerprint (a csproj's text, say).</param>
    public static (FunctionCatalog Catalog, IReadOnlyList<CatalogEntry> Entries) Discover(Compilation compilation, Assembly assembly, string displayBaseFolder, string salt)
    {
        var marked = MarkedMethod.FindAll(compilation, displayBaseFolder);
        var errors = Validate(marked);
        if (errors.Count > 0)
            throw new FunctionSignatureException(errors);

        var analyzer = new CodeAnalyzer(compilation, salt);
        var entries = marked.Select(method =>
        {
            var (fingerprint, readsOutput, readsColumns) = analyzer.Analyze(method.Symbol);
            var descriptor = new FunctionDescriptor(
                method.Kind, method.Name, method.Symbol.ContainingType.ToDisplayString(), method.Symbol.Name,
                method.Location, fingerprint, readsOutput, readsColumns);
            return new CatalogEntry(descriptor, FunctionBinder.Describe(method.Symbol));
        }).ToList();
        return (Bind(assembly, entries), entries);
    }

    /// <summary>Binds analysed entries to a loaded assembly: after a compile, or from the compiled-functions cache.</summary>
    public static FunctionCatalog Bind(Assembly assembly, IReadOnlyList<CatalogEntry> entries)
    {
        var bound = entries.Select(entry => FunctionBinder.Bind(assembly, entry.Method, entry.Descriptor)).ToList();
        return new FunctionCatalog(
            bound.OfType<ModelFactory>().SingleOrDefault(),
            bound.OfType<MetricFunction>(),
            bound.OfType<DistillFunction>(),
            bound.OfType<TransformFunction>());
    }

    /// <summary>Every method's own problems, then clashes between methods: all reported at once, in source order.</summary>
    private static List<FunctionSignatureError> Validate(IReadOnlyList<MarkedMethod> marked)
    {
        var errors = new List<FunctionSignatureError>();
        var first = new Dictionary<(FunctionKind, string), MarkedMethod>();
        MarkedMethod? firstModel = null;
        foreach (var method in marked)
        {
            if (SignatureRules.Problem(method) is { } problem)
            {
                errors.Add(new(method.Display, method.Location, problem, SignatureRules.Expected(method.Kind)));
                continue;
            }
            if (method.Kind == FunctionKind.Model)
            {
                if (firstModel is null)
                    firstModel = method;
                else
                    errors.Add(new(method.Display, method.Location,
                        $"is a second [Model] factory beside {firstModel.Display} at {firstModel.Location}",
                        "one [Model] factory per project; it receives the model name, so one factory serves every model"));
                continue;
            }
            // Names become column and metric names, which the store compares ignoring case.
            var key = (method.Kind, method.Name.ToUpperInvariant());
            if (first.TryGetValue(key, out var earlier))
                errors.Add(new(method.Display, method.Location,
                    $"has the {method.Kind.ToString().ToLowerInvariant()} name '{method.Name}' that {earlier.Display} at {earlier.Location} already has",
                    $"a unique name per {method.Kind.ToString().ToLowerInvariant()}: rename the method or pass a name, e.g. [{method.Kind}(\"{method.Name}2\")]"));
            else
                first[key] = method;
        }
        return errors;
    }
}

/// <summary>An analysed function: what the catalog shows and where the method is.</summary>
internal sealed record CatalogEntry(FunctionDescriptor Descriptor, BoundMethod Method);
