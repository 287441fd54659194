using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.Data.Analysis;
using Zeno.Core.Errors;

namespace Zeno.Core.Functions;

/// <summary>
/// Turns a checked source method into a typed delegate over the loaded assembly. Delegates are made once, so a call
/// costs what a direct call costs, and the user's exceptions reach the caller as they were thrown, never wrapped in
/// a TargetInvocationException.
/// </summary>
internal static class FunctionBinder
{
    private static readonly Type[] BatchParameters = [typeof(DataFrame), typeof(ZenoOptions)];

    /// <summary>Where a checked method lives, by reflection names: what the compiled-functions cache stores.</summary>
    public static BoundMethod Describe(IMethodSymbol symbol) =>
        new(MetadataName(symbol.ContainingType), symbol.Name, symbol.Parameters.Length);

    /// <summary>Binds a checked method of any kind.</summary>
    public static object Bind(Assembly assembly, BoundMethod method, FunctionDescriptor descriptor) => descriptor.Kind switch
    {
        FunctionKind.Model => Model(assembly, method, descriptor),
        FunctionKind.Metric => Metric(assembly, method, descriptor),
        FunctionKind.Distill => Distill(assembly, method, descriptor),
        _ => Transform(assembly, method, descriptor),
    };

    public static ModelFactory Model(Assembly assembly, BoundMethod symbol, FunctionDescriptor descriptor)
    {
        if (symbol.ParameterCount == 1)
        {
            var byName = Find(assembly, symbol, [typeof(string)])
                .CreateDelegate<Func<string, Func<DataFrame, ZenoOptions, ModelReturn>?>>();
            return new ModelFactory(descriptor, (name, _) => byName(name));
        }
        var factory = Find(assembly, symbol, [typeof(string), typeof(ZenoOptions)])
            .CreateDelegate<Func<string, ZenoOptions, Func<DataFrame, ZenoOptions, ModelReturn>?>>();
        return new ModelFactory(descriptor, factory);
    }

    public static MetricFunction Metric(Assembly assembly, BoundMethod symbol, FunctionDescriptor descriptor)
    {
        var method = Find(assembly, symbol, BatchParameters);
        if (method.ReturnType == typeof(MetricReturn))
            return new MetricFunction(descriptor, method.CreateDelegate<Func<DataFrame, ZenoOptions, MetricReturn>>());
        if (method.ReturnType == typeof(double))
        {
            var plain = method.CreateDelegate<Func<DataFrame, ZenoOptions, double>>();
            return new MetricFunction(descriptor, (slice, options) => plain(slice, options));
        }
        var optional = method.CreateDelegate<Func<DataFrame, ZenoOptions, double?>>();
        return new MetricFunction(descriptor, (slice, options) =>
            optional(slice, options) is { } value ? value : MetricReturn.Undefined);
    }

    public static DistillFunction Distill(Assembly assembly, BoundMethod symbol, FunctionDescriptor descriptor) =>
        new(descriptor, Find(assembly, symbol, BatchParameters).CreateDelegate<Func<DataFrame, ZenoOptions, DistillReturn?>>());

    public static TransformFunction Transform(Assembly assembly, BoundMethod symbol, FunctionDescriptor descriptor) =>
        new(descriptor, Find(assembly, symbol, BatchParameters).CreateDelegate<Func<DataFrame, ZenoOptions, TransformReturn?>>());

    private static MethodInfo Find(Assembly assembly, BoundMethod symbol, Type[] parameters)
    {
        var typeName = symbol.TypeName;
        var method = assembly.GetType(typeName)?.GetMethod(
            symbol.MethodName,
            BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly,
            binder: null,
            parameters,
            modifiers: null);
        // Only reachable when the analysed sources and the built assembly disagree (a source generator, a stale build).
        return method ?? throw new ZenoException(
            $"{typeName}.{symbol.MethodName} is in the functions' sources but not in the assembly built from them.")
        {
            Hint = "Delete the cache folder's functions-build folder and start again.",
        };
    }

    // Reflection names nested types Outer+Inner; the compiler's display form uses dots.
    private static string MetadataName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            name = $"{outer.MetadataName}+{name}";
        var ns = type.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? name : $"{ns.ToDisplayString()}.{name}";
    }
}

/// <summary>A user method by reflection names: its type's metadata name, its name and how many parameters it takes.</summary>
internal sealed record BoundMethod(string TypeName, string MethodName, int ParameterCount);
