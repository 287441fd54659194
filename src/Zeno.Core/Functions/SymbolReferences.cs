using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Zeno.Core.Functions;

/// <summary>Which symbols one syntax node uses, as the compiler bound them, reduced to their declarations.</summary>
internal static class SymbolReferences
{
    public static IEnumerable<ISymbol> Of(SemanticModel model, SyntaxNode node)
    {
        var info = model.GetSymbolInfo(node);
        if (info.Symbol is { } bound)
            yield return bound;
        // Code that does not bind cleanly still names its candidates; they decide what it would call.
        foreach (var candidate in info.CandidateSymbols)
            yield return candidate;
        // A user-defined implicit conversion is a call that no name in the code shows.
        if (node is ExpressionSyntax expression && model.GetConversion(expression).MethodSymbol is { } conversion)
            yield return conversion;
        if (node is CommonForEachStatementSyntax loop && model.GetForEachStatementInfo(loop).GetEnumeratorMethod is { } enumerator)
            yield return enumerator;
    }

    /// <summary>
    /// The declaration a use stands for (a generic method's definition, an extension method's static form), or null
    /// for symbols that are part of the code being read itself (locals, parameters, lambdas, local functions).
    /// </summary>
    public static ISymbol? Normalize(ISymbol symbol) => symbol switch
    {
        ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or ILabelSymbol or ITypeParameterSymbol
            or IDiscardSymbol or INamespaceSymbol or IPreprocessingSymbol or IErrorTypeSymbol => null,
        IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction } => null,
        IMethodSymbol { ReducedFrom: { } extension } => extension.OriginalDefinition,
        IAliasSymbol alias => Normalize(alias.Target),
        IArrayTypeSymbol array => Normalize(array.ElementType),
        IPointerTypeSymbol pointer => Normalize(pointer.PointedAtType),
        INamedTypeSymbol { IsAnonymousType: true } => null,
        // Tuple elements and anonymous-type properties are declared where they are used.
        { ContainingType.IsAnonymousType: true } or { ContainingType.IsTupleType: true } => null,
        _ => symbol.OriginalDefinition,
    };
}
