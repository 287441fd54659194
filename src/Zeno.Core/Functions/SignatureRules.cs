using Microsoft.CodeAnalysis;

namespace Zeno.Core.Functions;

/// <summary>
/// The signatures Zeno can call, checked on the compiler's symbols so that every mistake is reported with its file
/// and line before anything runs, rather than as a reflection error in the middle of a pipeline.
/// </summary>
internal static class SignatureRules
{
    private const string DataFrame = "Microsoft.Data.Analysis.DataFrame";
    private const string Options = "Zeno.ZenoOptions";
    private const string ModelFunction = "System.Func<Microsoft.Data.Analysis.DataFrame, Zeno.ZenoOptions, Zeno.ModelReturn>";

    public static string Expected(FunctionKind kind) => kind switch
    {
        FunctionKind.Model => "[Model] static Func<DataFrame, ZenoOptions, ModelReturn> Load(string modelName) "
            + "or Load(string modelName, ZenoOptions options)",
        FunctionKind.Metric => "[Metric] static MetricReturn Name(DataFrame slice, ZenoOptions options) (double or double? also work)",
        FunctionKind.Distill => "[Distill] static DistillReturn Name(DataFrame batch, ZenoOptions options)",
        FunctionKind.Transform => "[Transform] static TransformReturn Name(DataFrame batch, ZenoOptions options)",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>What is wrong with one method on its own, or null when Zeno can call it.</summary>
    public static string? Problem(MarkedMethod marked)
    {
        var method = marked.Symbol;
        if (marked.OtherKinds.Count > 0)
            return $"is marked [{marked.Kind}] and [{marked.OtherKinds[0]}]; a method plays one role";
        if (!method.IsStatic)
            return "is an instance method, not static";
        if (method.IsGenericMethod || IsInGenericType(method))
            return "is generic; Zeno cannot choose its type arguments";
        if (string.IsNullOrWhiteSpace(marked.Name))
            return "has an empty name";
        if (method.Parameters.Any(parameter => parameter.RefKind != RefKind.None || parameter.IsParams))
            return "has a ref, out, in or params parameter";
        return marked.Kind switch
        {
            FunctionKind.Model => ModelProblem(method),
            FunctionKind.Metric => BatchParameters(method) ?? (IsMetricResult(method.ReturnType) ? null : Returns(method)),
            FunctionKind.Distill => BatchParameters(method) ?? (Is(method.ReturnType, "Zeno.DistillReturn") ? null : Returns(method)),
            FunctionKind.Transform => BatchParameters(method) ?? (Is(method.ReturnType, "Zeno.TransformReturn") ? null : Returns(method)),
            _ => throw new ArgumentOutOfRangeException(nameof(marked)),
        };
    }

    /// <summary>True when a metric's result needs no conversion (it returns <see cref="MetricReturn"/> itself).</summary>
    public static bool ReturnsMetricReturn(IMethodSymbol method) => Is(method.ReturnType, "Zeno.MetricReturn");

    private static string? ModelProblem(IMethodSymbol method)
    {
        var parameters = method.Parameters;
        var fits = parameters.Length is 1 or 2
            && parameters[0].Type.SpecialType == SpecialType.System_String
            && (parameters.Length == 1 || Is(parameters[1].Type, Options));
        if (!fits)
            return $"takes ({Describe(method)}), not (string modelName) or (string modelName, ZenoOptions options)";
        return Is(method.ReturnType, ModelFunction) ? null : Returns(method);
    }

    private static string? BatchParameters(IMethodSymbol method) =>
        method.Parameters is [var batch, var options] && Is(batch.Type, DataFrame) && Is(options.Type, Options)
            ? null
            : $"takes ({Describe(method)}), not (DataFrame, ZenoOptions)";

    private static bool IsMetricResult(ITypeSymbol type) =>
        Is(type, "Zeno.MetricReturn")
        || type.SpecialType == SpecialType.System_Double
        || type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments: [{ SpecialType: SpecialType.System_Double }] };

    private static string Returns(IMethodSymbol method) => $"returns {method.ReturnType.ToDisplayString()}";

    private static string Describe(IMethodSymbol method) =>
        string.Join(", ", method.Parameters.Select(parameter => parameter.Type.ToDisplayString()));

    private static bool IsInGenericType(IMethodSymbol method)
    {
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.IsGenericType)
                return true;
        }
        return false;
    }

    // Compared by name, nullable annotations aside: a built project's analysis references ref assemblies, not the host's.
    private static bool Is(ITypeSymbol type, string fullName) =>
        type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(NameOnly) == fullName;

    private static readonly SymbolDisplayFormat NameOnly = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters);
}
