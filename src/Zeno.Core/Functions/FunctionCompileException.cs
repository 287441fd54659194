using Zeno.Core.Errors;

namespace Zeno.Core.Functions;

/// <summary>The user's functions do not compile (or their project does not build); lists the errors with their places.</summary>
public sealed class FunctionCompileException : ZenoException
{
    // Enough to fix the first mistakes; a missing brace can cause hundreds of follow-up errors.
    private const int MaxListed = 20;

    /// <summary>Creates a compile error for the functions in a folder.</summary>
    public FunctionCompileException(string folder, IReadOnlyList<FunctionCompileError> errors, string? buildOutput = null)
        : base(Describe(folder, errors, buildOutput))
    {
        Folder = folder;
        Errors = errors;
        Hint = "Fix the errors above; the functions are compiled again on the next start.";
    }

    /// <summary>The functions folder as the user knows it (relative to the config folder where possible).</summary>
    public string Folder { get; }

    /// <summary>Every error, in the compiler's order.</summary>
    public IReadOnlyList<FunctionCompileError> Errors { get; }

    private static string Describe(string folder, IReadOnlyList<FunctionCompileError> errors, string? buildOutput)
    {
        var lines = new List<string> { $"The functions in '{folder}' do not compile:" };
        lines.AddRange(errors.Take(MaxListed).Select(error => "  " + error));
        if (errors.Count > MaxListed)
            lines.Add($"  and {errors.Count - MaxListed} more");
        // A build that fails without an error line (a crashed SDK, a bad csproj) still needs explaining.
        if (errors.Count == 0 && !string.IsNullOrWhiteSpace(buildOutput))
            lines.Add(buildOutput.Trim());
        return string.Join(Environment.NewLine, lines);
    }
}
