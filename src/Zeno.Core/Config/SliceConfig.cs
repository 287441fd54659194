using Zeno.Core.Errors;

namespace Zeno.Core.Config;

/// <summary>One <c>[[slices]]</c> entry: a named filter, optionally in a folder.</summary>
public sealed record SliceConfig(string Name, string Filter, SourceLocation Location)
{
    /// <summary>The folder the slice is shown in, if any.</summary>
    public string? Folder { get; init; }

    /// <summary>Where the <c>filter</c> value is written, so filter syntax errors can point at it.</summary>
    public SourceLocation FilterLocation { get; init; }
}
