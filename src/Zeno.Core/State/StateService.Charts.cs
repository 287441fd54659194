using DuckDB.NET.Data;

namespace Zeno.Core.State;

// Charts belong to a report; their names are unique within it.
public sealed partial class StateService
{
    /// <summary>A report's charts, in creation order.</summary>
    /// <exception cref="StateNotFoundException">No report has this id.</exception>
    public IReadOnlyList<Chart> ListCharts(string reportId) => Read(connection =>
    {
        RequireReport(connection, reportId);
        return ChartRows.OfReport(connection, reportId);
    });

    /// <summary>One chart.</summary>
    /// <exception cref="StateNotFoundException">No chart has this id.</exception>
    public Chart GetChart(string id) => Read(c => ChartRows.Find(c, id)) ?? throw new StateNotFoundException(StateKind.Chart, id);

    /// <summary>Adds a chart to a report, at version 1 (the report's own version does not change).</summary>
    /// <exception cref="StateNotFoundException">No report has this id.</exception>
    /// <exception cref="DuplicateNameException">A chart of the report has this name.</exception>
    public Chart CreateChart(string reportId, ChartDraft draft)
    {
        var (name, encoding) = CheckChart(draft);
        return Write(connection =>
        {
            RequireReport(connection, reportId);
            StateNames.RequireFree(StateKind.Chart, name, null, StateSql.NameTaken(connection, "state_charts", name, null, reportId));
            var (id, seq) = StateIds.Next(connection, "c");
            var chart = new Chart(id, reportId, name, draft.Type, encoding, 1);
            ChartRows.Insert(connection, chart, seq);
            return chart;
        });
    }

    /// <summary>Replaces a chart that is at <paramref name="version"/> (name, type, encoding; it stays in its report).</summary>
    /// <exception cref="StaleVersionException">The chart has changed since that version; carries the current chart.</exception>
    public Chart UpdateChart(string id, long version, ChartDraft draft)
    {
        var (name, encoding) = CheckChart(draft);
        return Write(connection =>
        {
            var current = StateVersions.Check(StateKind.Chart, id, version, ChartRows.Find(connection, id));
            StateNames.RequireFree(StateKind.Chart, name, null, StateSql.NameTaken(connection, "state_charts", name, id, current.ReportId));
            var updated = current with { Name = name, Type = draft.Type, Encoding = encoding, Version = current.Version + 1 };
            ChartRows.Update(connection, updated);
            return updated;
        });
    }

    /// <summary>Deletes a chart that is at <paramref name="version"/>.</summary>
    public void DeleteChart(string id, long version) => Write(connection =>
    {
        StateVersions.Check(StateKind.Chart, id, version, ChartRows.Find(connection, id));
        ChartRows.Delete(connection, id);
    });

    private static void RequireReport(DuckDBConnection connection, string reportId)
    {
        if (ReportRows.Find(connection, reportId) is null)
            throw new StateNotFoundException(StateKind.Report, reportId);
    }

    private static (string Name, ChartEncoding Encoding) CheckChart(ChartDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var name = StateNames.Check(draft.Name);
        if (!Enum.IsDefined(draft.Type))
            throw new StateValidationException("type", $"unknown chart type {(int)draft.Type}");
        var encoding = draft.Encoding ?? throw new StateValidationException("encoding", "a chart needs an encoding");
        ChartDimension?[] channels = [encoding.X, encoding.Color, encoding.Facet];
        if (channels.Any(c => c is { } d && !Enum.IsDefined(d)))
            throw new StateValidationException("encoding", "unknown dimension; use slices, models or metrics");
        // One dimension on two channels would draw the same value twice and leave nothing to tell the bars apart.
        var used = channels.OfType<ChartDimension>().ToList();
        if (used.Distinct().Count() != used.Count)
            throw new StateValidationException("encoding", "each of slices, models and metrics can be on one channel only");
        return (name, encoding);
    }
}
