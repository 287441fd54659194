namespace Zeno.Core.State;

/// <summary>A chart of a report.</summary>
/// <param name="Id">A stable id, e.g. "c_9".</param>
/// <param name="ReportId">The report it belongs to; deleting the report deletes it.</param>
/// <param name="Name">Its title, unique within the report.</param>
/// <param name="Type">How it draws.</param>
/// <param name="Encoding">Which dimension goes on which channel.</param>
/// <param name="Version">Starts at 1 and grows with every change; updates and deletes must name the version they saw.</param>
public sealed record Chart(string Id, string ReportId, string Name, ChartType Type, ChartEncoding Encoding, long Version) : IStateObject;
