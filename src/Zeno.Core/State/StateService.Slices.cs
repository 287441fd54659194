using DuckDB.NET.Data;
using Zeno.Core.Query.Filters;

namespace Zeno.Core.State;

// Slices: zeno.toml's (read-only) beside the UI's, with one namespace of names. Reports hold slices by id, so a rename
// changes no report; deleting a slice that reports hold needs force, which takes it out of them in the same transaction.
public sealed partial class StateService
{
    /// <summary>Every slice: those of zeno.toml (read-only, ids "config:NAME"), then the UI's in creation order.</summary>
    public IReadOnlyList<Slice> ListSlices() => [.. _config.Slices, .. Read(SliceRows.All).Select(Shown)];

    /// <summary>One slice.</summary>
    /// <exception cref="StateNotFoundException">No slice has this id.</exception>
    public Slice GetSlice(string id) =>
        (StateIds.IsConfig(id) ? _config.FindSlice(id) : Read(c => FindSlice(c, id))) ?? throw new StateNotFoundException(StateKind.Slice, id);

    /// <summary>Creates a slice at version 1.</summary>
    /// <exception cref="FilterSyntaxException">The filter does not parse; the error names the column.</exception>
    /// <exception cref="DuplicateNameException">A slice (of the UI or of zeno.toml) has this name.</exception>
    /// <exception cref="StateValidationException">The name is empty or long, or the folder does not exist.</exception>
    public Slice CreateSlice(SliceDraft draft)
    {
        var (name, predicate) = CheckSlice(draft);
        return Write(connection =>
        {
            StateNames.RequireFree(StateKind.Slice, name, _config.SliceNames, StateSql.NameTaken(connection, "state_slices", name, null));
            RequireFolder(connection, draft.FolderId);
            var (id, seq) = StateIds.Next(connection, "s");
            var slice = new Slice(id, name, draft.FolderId, predicate, 1);
            SliceRows.Insert(connection, slice, seq);
            return slice;
        });
    }

    /// <summary>Replaces a slice that is at <paramref name="version"/> (name, filter, folder); reports show the new name at once.</summary>
    /// <exception cref="StaleVersionException">The slice has changed since that version; carries the current slice.</exception>
    /// <exception cref="ReadOnlyStateException">The slice is one of zeno.toml's.</exception>
    public Slice UpdateSlice(string id, long version, SliceDraft draft)
    {
        StateVersions.RequireWritable(StateKind.Slice, id);
        var (name, predicate) = CheckSlice(draft);
        return Write(connection =>
        {
            var current = StateVersions.Check(StateKind.Slice, id, version, FindSlice(connection, id));
            StateNames.RequireFree(StateKind.Slice, name, _config.SliceNames, StateSql.NameTaken(connection, "state_slices", name, id));
            RequireFolder(connection, draft.FolderId);
            var updated = new Slice(id, name, draft.FolderId, predicate, current.Version + 1);
            SliceRows.Update(connection, updated);
            return updated;
        });
    }

    /// <summary>
    /// Deletes a slice that is at <paramref name="version"/>. When reports hold it, this fails with
    /// <see cref="StateConflictException"/> naming them, unless <paramref name="force"/>: then the slice and its tests
    /// leave those reports in the same transaction. Returns the reports it changed (each at its next version).
    /// </summary>
    public IReadOnlyList<Report> DeleteSlice(string id, long version, bool force = false)
    {
        StateVersions.RequireWritable(StateKind.Slice, id);
        return Write(connection =>
        {
            var current = StateVersions.Check(StateKind.Slice, id, version, FindSlice(connection, id));
            var users = ReportRows.UsingSlice(connection, id);
            if (users.Count > 0 && !force)
                throw new StateConflictException(new StateRef(StateKind.Slice, id, current.Name),
                    [.. users.Select(r => new StateRef(StateKind.Report, r.Id, r.Name))]);
            var changed = users.Select(report => report with
            {
                SliceIds = [.. report.SliceIds.Where(s => s != id)],
                Tests = [.. report.Tests.Where(t => t.SliceId != id)],
                Version = report.Version + 1,
            }).ToList();
            foreach (var report in changed)
                ReportRows.Update(connection, report);
            SliceRows.Delete(connection, id);
            return (IReadOnlyList<Report>)changed;
        });
    }

    private Slice? FindSlice(DuckDBConnection connection, string id) => SliceRows.Find(connection, id) is { } slice ? Shown(slice) : null;

    private Slice Shown(Slice slice) => slice with { FolderId = _config.ShownFolder(slice.FolderId) };

    /// <summary>The checks that need no transaction: the name, the filter's syntax, and the caller's column check.</summary>
    private (string Name, Predicate Predicate) CheckSlice(SliceDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var name = StateNames.Check(draft.Name);
        var predicate = FilterParser.Parse(draft.Filter ?? "");
        _options.CheckFilter?.Invoke(predicate);
        return (name, predicate);
    }
}
