using System.Data.Common;
using DuckDB.NET.Data;

namespace Zeno.Core.State;

/// <summary>The state_charts table; the encoding is JSON so new channels need no migration.</summary>
internal static class ChartRows
{
    private const string Select = "SELECT id, report_id, name, type, encoding, version FROM state_charts";

    public static List<Chart> OfReport(DuckDBConnection connection, string reportId) =>
        StateSql.Query(connection, Select + " WHERE report_id = $report ORDER BY seq", Map, ("report", reportId));

    public static Chart? Find(DuckDBConnection connection, string id) =>
        StateSql.Query(connection, Select + " WHERE id = $id", Map, ("id", id)).SingleOrDefault();

    public static void Insert(DuckDBConnection connection, Chart chart, long seq) =>
        StateSql.Execute(connection, "INSERT INTO state_charts VALUES ($id, $seq, $report, $name, $type, $encoding, $version)",
            ("id", chart.Id), ("seq", seq), ("report", chart.ReportId), ("name", chart.Name), ("type", TypeWord(chart.Type)),
            ("encoding", StateJson.Write(chart.Encoding)), ("version", chart.Version));

    public static void Update(DuckDBConnection connection, Chart chart) =>
        StateSql.Execute(connection, "UPDATE state_charts SET name = $name, type = $type, encoding = $encoding, version = $version WHERE id = $id",
            ("id", chart.Id), ("name", chart.Name), ("type", TypeWord(chart.Type)), ("encoding", StateJson.Write(chart.Encoding)),
            ("version", chart.Version));

    public static void Delete(DuckDBConnection connection, string id) =>
        StateSql.Execute(connection, "DELETE FROM state_charts WHERE id = $id", ("id", id));

    public static void DeleteOfReport(DuckDBConnection connection, string reportId) =>
        StateSql.Execute(connection, "DELETE FROM state_charts WHERE report_id = $report", ("report", reportId));

    // The type as a plain lower-case word ("bar"), which reads well in the table and survives reordering the enum.
    private static string TypeWord(ChartType type) => type.ToString().ToLowerInvariant();

    private static Chart Map(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), Enum.Parse<ChartType>(r.GetString(3), ignoreCase: true),
            StateJson.Read<ChartEncoding>(r.GetString(4)), r.GetInt64(5));
}
