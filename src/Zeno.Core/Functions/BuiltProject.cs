namespace Zeno.Core.Functions;

/// <summary>What <c>dotnet build</c> made of a functions project, as MSBuild reported it.</summary>
/// <param name="AssemblyPath">The built functions assembly in the output folder.</param>
/// <param name="Sources">Every file the compiler compiled, generated ones (global usings) included.</param>
/// <param name="References">The assemblies the compiler referenced.</param>
/// <param name="DefineConstants">The preprocessor symbols, ';'-separated.</param>
/// <param name="LangVersion">The C# version, or null for the default.</param>
/// <param name="Nullable">The nullable context (enable, disable, warnings, annotations), or null.</param>
internal sealed record BuiltProject(
    string AssemblyPath,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> References,
    string? DefineConstants,
    string? LangVersion,
    string? Nullable);
