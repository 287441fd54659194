using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Zeno.Bench.Measures;
using Zeno.Bench.Workload;

namespace Zeno.Bench.Baselines;

/// <summary>
/// The floor a hand-written SQL user gets: the Parquet loaded once into a DuckDB database file (as Zeno's store holds
/// it), then one GROUP BY per chart under that chart's filter, one query for the selection's accuracy, one per slice,
/// and ORDER BY … LIMIT for the page. Runs in its own process (`zeno-bench baseline-duckdb`) so its peak memory is its own.
/// </summary>
internal static class DuckDbBaseline
{
    public static BaselineReport Run(WorkloadFile workload)
    {
        var load = Load(workload);
        using var connection = new DuckDBConnection($"DataSource={workload.Database}");
        connection.Open();
        var measures = new Dictionary<string, IReadOnlyList<double>>();
        var (filter, filterAnswers) = Timing.Measure([.. workload.FilterStates.Select(state => (Func<SelectionAnswer>)(() => Selection(connection, workload, state)))], workload.Policy);
        measures["filter"] = filter.Ms;
        measures["filter_metric"] = Timing.Measure([() => Selection(connection, workload, workload.FilterStates[1], metricPerBar: true)], workload.SlowPolicy).Samples.Ms;
        var (brush, brushAnswers) = Timing.Measure([.. workload.BrushFrames.Select(frame => (Func<SelectionAnswer>)(() => Selection(connection, workload, frame)))], workload.Policy);
        measures["brush"] = brush.Ms;
        var (slices, sliceAnswers) = Timing.Measure([() => Slices(connection, workload)], workload.Policy);
        measures["slices"] = slices.Ms;
        var (rows, rowAnswers) = Timing.Measure([() => Rows(connection, workload.RowsQuery)], workload.Policy);
        measures["rows"] = rows.Ms;
        var page = rowAnswers[0];
        if (workload.Distill)
            measures["distill"] = Timing.Measure([() => WriteDistill(connection)], workload.Policy).Samples.Ms;
        return new BaselineReport("duckdb", load, Zeno.ZenoProcess.PeakRss(Environment.ProcessId), measures,
            new Answers(filterAnswers, brushAnswers, sliceAnswers[0], [.. page.Select(row => row.Id)], [.. page.Select(row => row.Value)]));
    }

    // Loading is not timed as a measure: a SQL user loads once. The file's size and time say whether to reload.
    private static double Load(WorkloadFile workload)
    {
        var file = new FileInfo(workload.Parquet);
        var stamp = string.Create(CultureInfo.InvariantCulture, $"{file.Length}|{file.LastWriteTimeUtc.Ticks}");
        using var connection = new DuckDBConnection($"DataSource={workload.Database}");
        connection.Open();
        if (Scalar(connection, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'bench_meta'") is 1L
            && Scalar(connection, "SELECT stamp FROM bench_meta") as string == stamp)
            return 0;
        var clock = Stopwatch.StartNew();
        Execute(connection, $"CREATE OR REPLACE TABLE instances AS SELECT * FROM read_parquet({Condition.SqlLiteral(workload.Parquet)})");
        Execute(connection, $"CREATE OR REPLACE TABLE bench_meta AS SELECT {Condition.SqlLiteral(stamp)} AS stamp");
        Execute(connection, "CHECKPOINT");
        return clock.Elapsed.TotalSeconds;
    }

    private static SelectionAnswer Selection(DuckDBConnection connection, WorkloadFile workload, IReadOnlyList<Clause> clauses, bool metricPerBar = false)
    {
        var accuracy = $"avg(CASE WHEN {Quote(workload.Label)} = {Quote(workload.LatestColumn)} THEN 1.0 ELSE 0.0 END)";
        var charts = new Dictionary<string, IReadOnlyDictionary<string, long>>();
        foreach (var chart in workload.Charts)
        {
            var where = Where(clauses.Where(clause => clause.Source != chart.Column).SelectMany(clause => clause.Conditions));
            var counts = new Dictionary<string, long>();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Bucket(chart)} AS b, count(*){(metricPerBar ? $", {accuracy}" : "")} FROM instances WHERE {where} GROUP BY b";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var label = reader.IsDBNull(0) ? "missing" : Label(chart, reader.GetValue(0));
                counts[label] = counts.GetValueOrDefault(label) + reader.GetInt64(1);
            }
            charts[chart.Column] = counts;
        }
        using var metric = connection.CreateCommand();
        metric.CommandText = $"SELECT count(*), {accuracy} FROM instances WHERE {Where(clauses.SelectMany(clause => clause.Conditions))}";
        using var result = metric.ExecuteReader();
        result.Read();
        return new SelectionAnswer(charts, result.GetInt64(0), result.IsDBNull(1) ? null : Convert.ToDouble(result.GetValue(1), CultureInfo.InvariantCulture));
    }

    // Bins as a hand-written query cuts them: "x < edge" tested edge by edge, the same edges Zeno chose.
    private static string Bucket(ChartLayout chart)
    {
        var column = Quote(chart.DataColumn);
        if (chart.Kind == "values")
            return column;
        var edges = chart.Edges.Select((edge, i) =>
        {
            var literal = chart.Kind == "time"
                ? $"TIMESTAMP '{((string)edge!).Replace('T', ' ')}'"
                : ((double)edge!).ToString("R", CultureInfo.InvariantCulture);
            return $"WHEN {column} < {literal} THEN {i}";
        });
        return $"CASE WHEN {column} IS NULL THEN NULL {string.Join(" ", edges)} ELSE {chart.Edges.Count} END";
    }

    private static string Label(ChartLayout chart, object value)
    {
        if (chart.Kind != "values")
            return chart.Labels[Convert.ToInt32(value, CultureInfo.InvariantCulture)];
        var label = value switch
        {
            bool b => b ? "true" : "false",
            IFormattable f => Convert.ToDouble(f, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
            _ => value.ToString()!,
        };
        return chart.Labels.Contains(label) ? label : "other";
    }

    private static SliceAnswer[] Slices(DuckDBConnection connection, WorkloadFile workload)
    {
        var accuracies = string.Join(", ", workload.Models.Select(model =>
            $"avg(CASE WHEN {Quote(workload.Label)} = {Quote(model.Column)} THEN 1.0 ELSE 0.0 END)"));
        return [.. workload.Slices.Select(slice =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*), {accuracies} FROM instances WHERE {Where(slice.Conditions)}";
            using var reader = command.ExecuteReader();
            reader.Read();
            return new SliceAnswer(reader.GetInt64(0), [.. workload.Models.Select((_, i) =>
                reader.IsDBNull(i + 1) ? (double?)null : Convert.ToDouble(reader.GetValue(i + 1), CultureInfo.InvariantCulture))]);
        })];
    }

    private static List<(string Id, double? Value)> Rows(DuckDBConnection connection, RowsQuery query)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM instances WHERE {Where(query.Conditions)} ORDER BY {Quote(query.Sort)} {(query.Descending ? "DESC" : "ASC")} NULLS LAST LIMIT {query.Limit}";
        using var reader = command.ExecuteReader();
        var page = new List<(string, double?)>();
        var values = new object[reader.FieldCount];
        var (id, sort) = (reader.GetOrdinal(Generate.Schema.Id), reader.GetOrdinal(query.Sort));
        while (reader.Read())
        {
            reader.GetValues(values);
            page.Add((Convert.ToString(values[id], CultureInfo.InvariantCulture)!,
                values[sort] is DBNull ? null : Convert.ToDouble(values[sort], CultureInfo.InvariantCulture)));
        }
        return page;
    }

    /// <summary>
    /// `zeno-bench direct-write DATABASE write|open`: the direct write in a process of its own, or the same process
    /// only opening and closing the database. Their difference is what the write adds to a fresh process, as a
    /// `zeno run` computing the distill less one finding it cached is: cold code, a first scan of the income column.
    /// </summary>
    public static void FreshProcess(string database, bool write)
    {
        using var connection = new DuckDBConnection($"DataSource={database}");
        connection.Open();
        if (write)
            WriteDistill(connection);
    }

    // The distill's column written directly: the same values, one statement, committed and checkpointed as Zeno's store is.
    private static int WriteDistill(DuckDBConnection connection)
    {
        Execute(connection, "CREATE OR REPLACE TABLE income_k AS SELECT id, income / 1000.0 AS value FROM instances");
        Execute(connection, "CHECKPOINT");
        return 0;
    }

    private static string Where(IEnumerable<Condition> conditions)
    {
        var parts = conditions.Select(condition => condition.ToSql(Quote(condition.Column))).ToList();
        return parts.Count == 0 ? "true" : string.Join(" AND ", parts);
    }

    private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
