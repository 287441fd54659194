namespace Zeno.Core.State;

/// <summary>What a create or update of a chart sends: the whole chart but its id, report and version.</summary>
/// <param name="Name">The title (trimmed; 1–200 characters), unique within the report.</param>
/// <param name="Type">How it draws.</param>
/// <param name="Encoding">Which dimension goes on which channel; a dimension may take one channel only.</param>
public sealed record ChartDraft(string Name, ChartType Type, ChartEncoding Encoding);
