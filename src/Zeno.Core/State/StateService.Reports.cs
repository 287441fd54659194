using DuckDB.NET.Data;

namespace Zeno.Core.State;

// Reports: slices by id × metrics × models, with tests on their own slices and metrics. Deleting one deletes its charts.
public sealed partial class StateService
{
    /// <summary>Every report, in creation order.</summary>
    public IReadOnlyList<Report> ListReports() => Read(ReportRows.All);

    /// <summary>One report as stored (slices by id).</summary>
    /// <exception cref="StateNotFoundException">No report has this id.</exception>
    public Report GetReport(string id) => Read(c => ReportRows.Find(c, id)) ?? throw new StateNotFoundException(StateKind.Report, id);

    /// <summary>One report with its slices and tests under their current names, and its charts: what the UI shows.</summary>
    /// <exception cref="StateNotFoundException">No report has this id.</exception>
    public ReportView GetReportView(string id) => Read(connection =>
    {
        var report = ReportRows.Find(connection, id) ?? throw new StateNotFoundException(StateKind.Report, id);
        var names = StoredSliceNames(connection);
        // The tests as the full list names them, so the report and the test list agree on every name.
        return new ReportView(report, [.. report.SliceIds.Select(s => SliceRef(s, names))],
            [.. AllTests(connection).Where(t => t.ReportId == id)], ChartRows.OfReport(connection, id));
    });

    /// <summary>Creates a report at version 1.</summary>
    /// <exception cref="DuplicateNameException">A report has this name.</exception>
    /// <exception cref="StateValidationException">A slice does not exist, a list repeats itself, or a test is outside the report's slices and metrics.</exception>
    /// <exception cref="Query.Tests.ExpectationSyntaxException">A test's expectation does not parse.</exception>
    public Report CreateReport(ReportDraft draft)
    {
        var report = ReportChecks.Check(draft);
        return Write(connection =>
        {
            StateNames.RequireFree(StateKind.Report, report.Name, null, StateSql.NameTaken(connection, "state_reports", report.Name, null));
            RequireSlices(connection, report.SliceIds, []);
            var (id, seq) = StateIds.Next(connection, "r");
            var created = report with { Id = id, Version = 1 };
            ReportRows.Insert(connection, created, seq);
            return created;
        });
    }

    /// <summary>Replaces a report that is at <paramref name="version"/> (everything but its charts).</summary>
    /// <exception cref="StaleVersionException">The report has changed since that version; carries the current report.</exception>
    public Report UpdateReport(string id, long version, ReportDraft draft)
    {
        var report = ReportChecks.Check(draft);
        return Write(connection =>
        {
            var current = StateVersions.Check(StateKind.Report, id, version, ReportRows.Find(connection, id));
            StateNames.RequireFree(StateKind.Report, report.Name, null, StateSql.NameTaken(connection, "state_reports", report.Name, id));
            RequireSlices(connection, report.SliceIds, current.SliceIds);
            var updated = report with { Id = id, Version = current.Version + 1 };
            ReportRows.Update(connection, updated);
            return updated;
        });
    }

    /// <summary>Deletes a report that is at <paramref name="version"/>, with its tests and charts.</summary>
    public void DeleteReport(string id, long version) => Write(connection =>
    {
        StateVersions.Check(StateKind.Report, id, version, ReportRows.Find(connection, id));
        ChartRows.DeleteOfReport(connection, id);
        ReportRows.Delete(connection, id);
    });

    /// <summary>
    /// Every slice id the report gains must name a slice now: a stored one, one of zeno.toml, or "all". Ids it already
    /// holds may be missing (a config slice that left zeno.toml), so the report can still be edited and shows them as such.
    /// </summary>
    private void RequireSlices(DuckDBConnection connection, IReadOnlyList<string> sliceIds, IReadOnlyList<string> held)
    {
        var stored = SliceRows.Names(connection).Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var id in sliceIds.Except(held, StringComparer.Ordinal))
        {
            var exists = id == StateIds.AllInstances || (StateIds.IsConfig(id) ? _config.FindSlice(id) is not null : stored.Contains(id));
            if (!exists)
                throw new StateValidationException("sliceIds", $"there is no slice with id '{id}'");
        }
    }

    private static Dictionary<string, string> StoredSliceNames(DuckDBConnection connection) => SliceRows.Names(connection);

    /// <summary>A slice id with its current name; a config slice that left zeno.toml keeps the name in its id and is marked missing.</summary>
    private StateRef SliceRef(string id, IReadOnlyDictionary<string, string> storedNames)
    {
        if (id == StateIds.AllInstances)
            return new StateRef(StateKind.Slice, id, StateIds.AllInstancesName);
        if (StateIds.IsConfig(id))
            return new StateRef(StateKind.Slice, id, id[StateIds.ConfigPrefix.Length..], Missing: _config.FindSlice(id) is null);
        return storedNames.TryGetValue(id, out var name) ? new StateRef(StateKind.Slice, id, name) : new StateRef(StateKind.Slice, id, id, Missing: true);
    }
}
