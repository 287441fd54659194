using System.Globalization;
using DuckDB.NET.Data;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Sql;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Histograms;

/// <summary>A column to chart: its layout and the condition (of <see cref="CrossFilter"/>) its filtered counts obey.</summary>
internal sealed record ChartPlan(string Column, ColumnLayout Layout, int Condition)
{
    /// <summary>The layout's cache key: what the column's codes in the index are keyed by too.</summary>
    public string? LayoutKey { get; init; }
}

/// <summary>Row counts per bucket of every chart, and of the whole view, under every condition.</summary>
/// <param name="Total">Rows of the view.</param>
/// <param name="Filtered">Rows of the view under each condition.</param>
/// <param name="Buckets">Per chart: bucket index → (total, filtered under the chart's condition).</param>
/// <param name="Missing">Per chart: the rows where the column is missing (total, filtered).</param>
internal sealed record Tallies(long Total, IReadOnlyList<long> Filtered, IReadOnlyList<IReadOnlyDictionary<int, (long Total, long Filtered)>> Buckets, IReadOnlyList<(long Total, long Filtered)> Missing);

/// <summary>
/// Counts every bucket of every chart in one pass: each row gets one bucket index per chart and one flag per
/// condition, then GROUPING SETS group by each chart's index, plus the empty set for the view's totals; each group
/// counts all its rows and, with FILTER, the rows of each condition.
/// </summary>
internal static class HistogramSql
{
    public static Tallies Count(DuckDBConnection connection, InstanceView view, IColumnResolver resolver, IReadOnlyList<ChartPlan> charts,
        IReadOnlyList<Predicate?> conditions)
    {
        var parameters = new SqlParameters();
        var bins = charts.Select(chart => chart.Layout.BinSql(chart.Column, resolver, parameters)).ToList();
        var flags = conditions.Select(condition => condition is null ? "true" : Compile(condition, resolver, parameters)).ToList();
        var read = charts.Select(chart => chart.Column).Concat(conditions.OfType<Predicate>().SelectMany(condition => condition.Columns()));

        var inner = string.Join(", ", bins.Select((bin, i) => $"{bin} AS b{N(i)}").Concat(flags.Select((flag, i) => $"{flag} AS f{N(i)}")));
        var select = string.Join(", ", charts.Select((_, i) => $"GROUPING(b{N(i)})")
            .Concat(charts.Select((_, i) => $"b{N(i)}"))
            .Append("count(*)")
            .Concat(flags.Select((_, i) => $"count(*) FILTER (WHERE f{N(i)})")));
        var groups = charts.Count == 0 ? "" : $" GROUP BY GROUPING SETS ({string.Join(", ", charts.Select((_, i) => $"(b{N(i)})"))}, ())";

        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {select} FROM (SELECT {inner} FROM {view.From(read)}){groups}";
        parameters.ApplyTo(command);
        using var reader = command.ExecuteReader();

        var m = charts.Count;
        var buckets = charts.Select(_ => new Dictionary<int, (long, long)>()).ToList();
        var missing = charts.Select(_ => (0L, 0L)).ToArray();
        var (total, filtered) = (0L, new long[conditions.Count]);
        while (reader.Read())
        {
            long Long(int i) => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
            var chart = Enumerable.Range(0, m).FirstOrDefault(i => Long(i) == 0, -1);
            if (chart < 0)
            {
                total = Long(2 * m);
                for (var c = 0; c < conditions.Count; c++)
                    filtered[c] = Long(2 * m + 1 + c);
                continue;
            }
            var counts = (Long(2 * m), Long(2 * m + 1 + charts[chart].Condition));
            if (reader.IsDBNull(m + chart))
                missing[chart] = counts;
            else
                buckets[chart][(int)Long(m + chart)] = counts;
        }
        return new Tallies(total, filtered, buckets, missing);
    }

    // As SliceQuery does: a filter that does not fit its columns is the request's mistake, not the server's.
    private static string Compile(Predicate condition, IColumnResolver resolver, SqlParameters parameters)
    {
        try
        {
            return PredicateCompiler.Compile(condition, resolver, parameters);
        }
        catch (Errors.ZenoException e) when (e is not UnknownColumnException)
        {
            throw new InvalidFilterException(e.Message, e) { Hint = e.Hint };
        }
    }

    private static string N(int i) => i.ToString(CultureInfo.InvariantCulture);
}
