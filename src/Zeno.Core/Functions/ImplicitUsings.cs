using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Zeno.Core.Functions;

/// <summary>
/// The namespaces every loose functions file sees without writing a using, so a metric can be three lines. It plays
/// the part of the SDK's generated GlobalUsings.g.cs, which a built project gets from its own csproj instead.
/// </summary>
internal static class ImplicitUsings
{
    public const string Text = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Text;
        global using System.Text.RegularExpressions;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Microsoft.Data.Analysis;
        global using Zeno;
        """;

    // A name no user file can have, so diagnostics and fingerprints can tell it apart.
    public const string FileName = "<zeno-implicit-usings>.g.cs";

    // With an encoding, as every tree of a compilation that emits a PDB must have.
    public static SyntaxTree Tree(CSharpParseOptions options) =>
        CSharpSyntaxTree.ParseText(SourceText.From(Text, Encoding.UTF8), options, FileName);
}
