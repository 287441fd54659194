using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Zeno.Core.Functions;

/// <summary>
/// Follows a user function through everything of the user's it uses (helpers, fields, constants, types, other
/// classes), with the compiler's own name binding rather than text search, and derives the two facts the pipeline
/// needs from that closure: a fingerprint of the code, whether it reads the model's output and which batch columns it
/// reads (<see cref="ColumnReads"/>).
/// </summary>
internal sealed class CodeAnalyzer
{
    // Bump when the fingerprint's recipe changes, so that every cached column is recomputed once.
    private const string Recipe = "zeno-function-fingerprint-v1";
    private const string OutputColumnId = "P:Zeno.ZenoOptions.OutputColumn";

    private readonly Compilation _compilation;
    private readonly string _salt;
    private readonly Dictionary<SyntaxTree, SemanticModel> _models = [];
    private readonly Dictionary<ISymbol, SymbolFacts> _facts = new(SymbolEqualityComparer.Default);

    /// <param name="compilation">The user's code as the compiler saw it.</param>
    /// <param name="salt">Mixed into every fingerprint: what else decides behaviour, e.g. a csproj's package versions.</param>
    public CodeAnalyzer(Compilation compilation, string salt)
    {
        _compilation = compilation;
        _salt = salt;
    }

    public (string Fingerprint, bool ReadsModelOutput, IReadOnlyList<string>? ReadsColumns) Analyze(IMethodSymbol function)
    {
        var reached = new List<SymbolFacts>();
        var external = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var pending = new Queue<ISymbol>([function.OriginalDefinition]);
        while (pending.TryDequeue(out var symbol))
        {
            if (!seen.Add(symbol))
                continue;
            var facts = FactsOf(symbol);
            reached.Add(facts);
            external.UnionWith(facts.ExternalIds);
            foreach (var next in facts.UserSymbols)
                pending.Enqueue(next);
        }

        var text = new StringBuilder(Recipe).Append('\n').Append(_salt).Append('\n');
        // The function first, then what it reaches sorted by name: moving a helper to another file changes nothing.
        foreach (var facts in reached.Take(1).Concat(reached.Skip(1).OrderBy(facts => facts.Id, StringComparer.Ordinal)))
            text.Append(facts.Id).Append('\n').Append(facts.Text).Append('\n');
        // What the code binds to outside the user's files: a changed overload resolution is a changed function.
        foreach (var id in external)
            text.Append(id).Append('\n');
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return (Convert.ToHexStringLower(hash, 0, 12), external.Contains(OutputColumnId),
            ColumnReads.Of(reached.SelectMany(facts => facts.Declarations)));
    }

    private SymbolFacts FactsOf(ISymbol symbol)
    {
        if (_facts.TryGetValue(symbol, out var known))
            return known;
        var texts = new List<string>();
        var declarations = new List<(SyntaxNode, SemanticModel)>();
        var user = new List<ISymbol>();
        var external = new HashSet<string>(StringComparer.Ordinal);
        // A member's class header (attributes, base list, primary constructor) is part of what the member means.
        if (symbol.ContainingType is { } containing)
            user.Add(containing.OriginalDefinition);
        // A class's static constructor runs before any of its members is used.
        if (symbol is INamedTypeSymbol type)
            user.AddRange(type.StaticConstructors.Where(constructor => !constructor.IsImplicitlyDeclared));
        if (symbol is IMethodSymbol { PartialImplementationPart: { } implementation })
            user.Add(implementation);

        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            var node = DeclarationText.Node(reference.GetSyntax());
            texts.Add(DeclarationText.Normalized(node));
            var model = ModelOf(node.SyntaxTree);
            declarations.Add((node, model));
            foreach (var child in DeclarationText.OwnNodes(node))
            {
                foreach (var referenced in SymbolReferences.Of(model, child))
                    Classify(referenced, user, external);
            }
        }

        var facts = new SymbolFacts(
            symbol.GetDocumentationCommentId() ?? symbol.ToDisplayString(), string.Join('\n', texts), user, external, declarations);
        _facts[symbol] = facts;
        return facts;
    }

    private static void Classify(ISymbol referenced, List<ISymbol> user, HashSet<string> external)
    {
        if (SymbolReferences.Normalize(referenced) is not { } symbol)
            return;
        if (symbol.DeclaringSyntaxReferences.Length > 0 && symbol.Locations.All(location => location.IsInSource))
        {
            // Compiler-made members (a default constructor, a record's Equals) are decided by their class's header.
            user.Add(symbol.IsImplicitlyDeclared && symbol.ContainingType is { } owner ? owner.OriginalDefinition : symbol);
        }
        else if (symbol.IsImplicitlyDeclared && symbol.ContainingType is { DeclaringSyntaxReferences.Length: > 0 } owner)
        {
            user.Add(owner.OriginalDefinition);
        }
        else if (symbol.GetDocumentationCommentId() is { } id)
        {
            external.Add(id);
        }
    }

    private SemanticModel ModelOf(SyntaxTree tree)
    {
        if (!_models.TryGetValue(tree, out var model))
            _models[tree] = model = _compilation.GetSemanticModel(tree);
        return model;
    }

    private sealed record SymbolFacts(string Id, string Text, IReadOnlyList<ISymbol> UserSymbols, IReadOnlyCollection<string> ExternalIds,
        IReadOnlyList<(SyntaxNode Node, SemanticModel Model)> Declarations);
}
