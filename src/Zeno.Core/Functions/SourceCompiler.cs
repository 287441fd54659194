using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using Zeno.Core.Errors;

namespace Zeno.Core.Functions;

/// <summary>Compiles a folder of loose .cs files in memory with Roslyn and loads the result next to the host.</summary>
internal static class SourceCompiler
{
    public static (CSharpCompilation Compilation, Assembly Assembly, byte[] Image, byte[] Symbols) Compile(
        IReadOnlyList<string> files, string folderForDisplay, string displayBaseFolder)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = files
            .Select(path => CSharpSyntaxTree.ParseText(
                SourceText.From(File.ReadAllText(path), Encoding.UTF8), parseOptions, path))
            .Append(ImplicitUsings.Tree(parseOptions));
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            // Nullable warnings help in an editor; here they must never stop a project from loading.
            nullableContextOptions: NullableContextOptions.Enable,
            allowUnsafe: true,
            concurrentBuild: true,
            deterministic: true);
        var compilation = CSharpCompilation.Create("Zeno.UserFunctions", trees, FunctionReferences.Framework, options);

        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        // A portable PDB beside the image gives the user's stack traces file names and line numbers.
        var result = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        if (!result.Success)
            throw new FunctionCompileException(folderForDisplay, Errors(result.Diagnostics, displayBaseFolder));

        var image = pe.ToArray();
        var symbols = pdb.ToArray();
        var context = new FunctionLoadContext($"zeno-functions:{folderForDisplay}");
        return (compilation, context.LoadFromStream(new MemoryStream(image), new MemoryStream(symbols)), image, symbols);
    }

    private static List<FunctionCompileError> Errors(IEnumerable<Diagnostic> diagnostics, string displayBaseFolder) =>
        diagnostics
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .OrderBy(diagnostic => diagnostic.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start)
            .Select(diagnostic => new FunctionCompileError(
                Where(diagnostic.Location, displayBaseFolder),
                diagnostic.Id,
                diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    /// <summary>The 1-based place of a Roslyn location, with the path relative to the config folder.</summary>
    public static SourceLocation? Where(Location location, string displayBaseFolder)
    {
        if (!location.IsInSource)
            return null;
        var span = location.GetMappedLineSpan();
        return new SourceLocation(
            DisplayPaths.Relative(span.Path, displayBaseFolder),
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1);
    }
}
