using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Zeno.Core.Functions;

/// <summary>
/// The part of a user declaration that a fingerprint covers, and its text with all trivia dropped, so that comments,
/// blank lines and indentation never invalidate a cached column.
/// </summary>
internal static class DeclarationText
{
    /// <summary>The syntax to hash for one declaring reference of a symbol.</summary>
    public static SyntaxNode Node(SyntaxNode declaration) => declaration switch
    {
        // A field's declarator lacks its type and modifiers; the whole field declaration has them.
        VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax field } => field,
        _ => declaration,
    };

    /// <summary>
    /// The nodes of a declaration that belong to it alone: a class's members are hashed when something uses them,
    /// so editing one method of a class does not change the fingerprint of every function that names the class.
    /// </summary>
    public static IEnumerable<SyntaxNode> OwnNodes(SyntaxNode node) =>
        node.DescendantNodesAndSelf(descendIntoChildren: child => child == node || !IsMemberOfType(node, child));

    public static IEnumerable<SyntaxToken> OwnTokens(SyntaxNode node) =>
        node.DescendantTokens(descendIntoChildren: child => child == node || !IsMemberOfType(node, child));

    /// <summary>Tokens joined by single spaces: the code as the compiler sees it, not as the user laid it out.</summary>
    public static string Normalized(SyntaxNode node) =>
        string.Join(' ', OwnTokens(node).Select(token => token.Text));

    private static bool IsMemberOfType(SyntaxNode owner, SyntaxNode node) =>
        owner is TypeDeclarationSyntax && node is MemberDeclarationSyntax && node != owner && node.Parent == owner;
}
