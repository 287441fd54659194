using Zeno.Core.Errors;

namespace Zeno.Core.Functions;

/// <summary>One compiler or build error in the user's functions.</summary>
/// <param name="Location">Where the error is (line 0 for a whole file, e.g. the .csproj); null for errors without a place.</param>
/// <param name="Code">The compiler's code, e.g. <c>CS1002</c> or <c>NU1101</c>.</param>
/// <param name="Message">The compiler's message.</param>
public readonly record struct FunctionCompileError(SourceLocation? Location, string Code, string Message)
{
    /// <summary>"path:line:column: error CS1002: ; expected", the form editors and terminals link to.</summary>
    public override string ToString() => Location switch
    {
        { Line: > 0 } location => $"{location}: error {Code}: {Message}",
        // A project-level error (a package that cannot be restored) has a file but no line.
        { } location => $"{location.File}: error {Code}: {Message}",
        null => $"error {Code}: {Message}",
    };
}
