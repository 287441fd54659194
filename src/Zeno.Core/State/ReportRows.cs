using DuckDB.NET.Data;

namespace Zeno.Core.State;

/// <summary>
/// The state_reports table and its children: the report's slices (state_report_slices) and tests
/// (state_report_tests), one row each with a position, so "which reports use this slice" is one query.
/// </summary>
internal static class ReportRows
{
    public static List<Report> All(DuckDBConnection connection) => Load(connection, null);

    public static Report? Find(DuckDBConnection connection, string id) => Load(connection, id).SingleOrDefault();

    /// <summary>The reports that hold a slice, in creation order.</summary>
    public static List<Report> UsingSlice(DuckDBConnection connection, string sliceId)
    {
        var ids = StateSql.Query(connection, "SELECT DISTINCT report_id FROM state_report_slices WHERE slice_id = $slice",
            r => r.GetString(0), ("slice", sliceId)).ToHashSet(StringComparer.Ordinal);
        return ids.Count == 0 ? [] : [.. All(connection).Where(report => ids.Contains(report.Id))];
    }

    public static void Insert(DuckDBConnection connection, Report report, long seq)
    {
        StateSql.Execute(connection, "INSERT INTO state_reports VALUES ($id, $seq, $name, $metrics, $models, $transform, $version)",
            ("id", report.Id), ("seq", seq), ("name", report.Name), ("metrics", StateJson.Write(report.Metrics)),
            ("models", StateJson.WriteModels(report.Models)), ("transform", report.Transform), ("version", report.Version));
        InsertChildren(connection, report);
    }

    public static void Update(DuckDBConnection connection, Report report)
    {
        StateSql.Execute(connection,
            "UPDATE state_reports SET name = $name, metrics = $metrics, models = $models, transform = $transform, version = $version WHERE id = $id",
            ("id", report.Id), ("name", report.Name), ("metrics", StateJson.Write(report.Metrics)),
            ("models", StateJson.WriteModels(report.Models)), ("transform", report.Transform), ("version", report.Version));
        DeleteChildren(connection, report.Id);
        InsertChildren(connection, report);
    }

    public static void Delete(DuckDBConnection connection, string id)
    {
        DeleteChildren(connection, id);
        StateSql.Execute(connection, "DELETE FROM state_reports WHERE id = $id", ("id", id));
    }

    private static void InsertChildren(DuckDBConnection connection, Report report)
    {
        for (var i = 0; i < report.SliceIds.Count; i++)
            StateSql.Execute(connection, "INSERT INTO state_report_slices VALUES ($report, $position, $slice)",
                ("report", report.Id), ("position", i), ("slice", report.SliceIds[i]));
        for (var i = 0; i < report.Tests.Count; i++)
            StateSql.Execute(connection, "INSERT INTO state_report_tests VALUES ($report, $position, $slice, $metric, $expect)",
                ("report", report.Id), ("position", i), ("slice", report.Tests[i].SliceId), ("metric", report.Tests[i].Metric),
                ("expect", report.Tests[i].Expect));
    }

    private static void DeleteChildren(DuckDBConnection connection, string id)
    {
        StateSql.Execute(connection, "DELETE FROM state_report_slices WHERE report_id = $id", ("id", id));
        StateSql.Execute(connection, "DELETE FROM state_report_tests WHERE report_id = $id", ("id", id));
    }

    private static List<Report> Load(DuckDBConnection connection, string? id)
    {
        // DuckDB refuses parameters a statement does not use, so the id is bound only when filtering by it.
        (string, object?)[] parameters = id is null ? [] : [("id", id)];
        var byReport = id is null ? "" : " WHERE report_id = $id";
        var slices = StateSql.Query(connection, "SELECT report_id, slice_id FROM state_report_slices" + byReport + " ORDER BY position",
                r => (Report: r.GetString(0), Slice: r.GetString(1)), parameters)
            .ToLookup(row => row.Report, row => row.Slice, StringComparer.Ordinal);
        var tests = StateSql.Query(connection, "SELECT report_id, slice_id, metric, expect FROM state_report_tests" + byReport + " ORDER BY position",
                r => (Report: r.GetString(0), Test: new ReportTest(r.GetString(1), r.GetString(2), r.GetString(3))), parameters)
            .ToLookup(row => row.Report, row => row.Test, StringComparer.Ordinal);
        return StateSql.Query(connection,
            "SELECT id, name, metrics, models, transform, version FROM state_reports" + (id is null ? " ORDER BY seq" : " WHERE id = $id"),
            r => new Report(r.GetString(0), r.GetString(1), [.. slices[r.GetString(0)]], StateJson.Read<List<string>>(r.GetString(2)),
                StateJson.ReadModels(r.GetString(3)), r.NullableString(4), [.. tests[r.GetString(0)]], r.GetInt64(5)),
            parameters);
    }
}
