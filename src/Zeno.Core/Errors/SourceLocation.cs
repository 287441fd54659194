namespace Zeno.Core.Errors;

/// <summary>A place in a user's file: path, 1-based line and 1-based column.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column = 0)
{
    /// <summary>"file:line:column" as compilers print it, so editors can jump there.</summary>
    public override string ToString() => Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}";
}
