using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Zeno.Core.Functions;

/// <summary>
/// The compiler's view of a built project, rebuilt in process from what MSBuild reported (the same files, symbols and
/// references), because fingerprints and signature checks need symbols and an assembly on disk has none.
/// </summary>
internal static class ProjectCompilation
{
    public static CSharpCompilation Create(BuiltProject built)
    {
        var version = LanguageVersion.Latest;
        if (built.LangVersion is { } text && LanguageVersionFacts.TryParse(text, out var parsed))
            version = parsed;
        var symbols = (built.DefineConstants ?? "")
            .Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var parseOptions = new CSharpParseOptions(version, preprocessorSymbols: symbols);
        var trees = built.Sources
            .Where(File.Exists)
            .Select(path => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(path), Encoding.UTF8), parseOptions, path));
        var references = built.References
            .Where(File.Exists)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: Nullable(built.Nullable),
            allowUnsafe: true);
        return CSharpCompilation.Create(Path.GetFileNameWithoutExtension(built.AssemblyPath), trees, references, options);
    }

    private static NullableContextOptions Nullable(string? setting) => setting?.ToLowerInvariant() switch
    {
        "enable" => NullableContextOptions.Enable,
        "warnings" => NullableContextOptions.Warnings,
        "annotations" => NullableContextOptions.Annotations,
        _ => NullableContextOptions.Disable,
    };
}
