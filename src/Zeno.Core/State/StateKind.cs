namespace Zeno.Core.State;

/// <summary>The kinds of objects people make in the UI; errors carry the kind so the server can word them.</summary>
public enum StateKind
{
    /// <summary>A named filter.</summary>
    Slice,
    /// <summary>A folder that groups slices and tags.</summary>
    Folder,
    /// <summary>A named set of instance ids.</summary>
    Tag,
    /// <summary>A collection of slices, metrics and models, with behavioral tests and charts.</summary>
    Report,
    /// <summary>A chart of a report.</summary>
    Chart,
    /// <summary>A behavioral test (of a report, or of zeno.toml).</summary>
    Test,
}

internal static class StateKinds
{
    /// <summary>The kind as a word in a sentence: "slice", "report".</summary>
    public static string Word(this StateKind kind) => kind.ToString().ToLowerInvariant();
}
