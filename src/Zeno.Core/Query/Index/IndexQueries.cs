using System.Globalization;
using DuckDB.NET.Data;
using Zeno.Core.Data;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Metrics;
using Zeno.Core.Query.Sql;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Index;

/// <summary>
/// The index's reads from DuckDB, each one scan of the view delivering a value per row through <see cref="IndexSink"/>:
/// the codes of charted columns (from the layouts' own bin SQL), the rows of a predicate (from the filter compiler),
/// and per-row numbers; edit statistics read their texts a vector at a time instead. A scan that does not deliver
/// each row exactly once throws <see cref="IndexMismatchException"/>.
/// </summary>
internal static class IndexQueries
{
    private const int PackBits = 64;

    /// <summary>The codes of <paramref name="charts"/>, read in one scan.</summary>
    public static IReadOnlyList<CodeColumn> Codes(DuckDBConnection connection, InstanceView view, IColumnResolver resolver, IReadOnlyList<ChartPlan> charts, long rows)
    {
        var parameters = new SqlParameters();
        var arrays = charts.Select(chart => CodeColumn.Allocate(chart.Layout.BinCount, rows)).ToList();
        var codes = charts.Select((chart, i) =>
            (Sql: $"CAST(coalesce({chart.Layout.BinSql(chart.Column, resolver, parameters)}, {N(chart.Layout.BinCount)}) AS UBIGINT)",
                Bits: arrays[i].Bytes is null ? 16 : 8, Arrays: arrays[i])).ToList();
        // Columns packed into 64-bit words, lowest first.
        var groups = new List<List<(string Sql, int Bits, (byte[]?, ushort[]?) Arrays)>>();
        foreach (var code in codes)
        {
            if (groups.Count == 0 || groups[^1].Sum(c => c.Bits) + code.Bits > PackBits)
                groups.Add([]);
            groups[^1].Add(code);
        }
        var targets = groups.Select(group => new IndexSink.Codes(rows, [.. group.Select(c => c.Arrays)])).ToList();
        var sinks = groups.Select((group, g) =>
        {
            var shift = 0;
            var packed = string.Join(" | ", group.Select(c =>
            {
                var part = shift == 0 ? c.Sql : $"({c.Sql} << {N(shift)})";
                shift += c.Bits;
                return part;
            }));
            return (Target: (IndexSink.Target)targets[g], Sql: packed);
        }).ToList();
        Run(connection, view.From(charts.Select(chart => chart.Column)), parameters, "zeno_index_codes", sinks, rows);
        return [.. charts.Select((chart, i) => CodeColumn.Over(chart.Layout.BinCount, rows, arrays[i].Bytes, arrays[i].Shorts))];
    }

    /// <summary>The rows where the SQL condition <paramref name="condition"/> (over <paramref name="from"/>) holds.</summary>
    public static ulong[] Flags(DuckDBConnection connection, string from, SqlParameters parameters, string condition, long rows)
    {
        var flags = new byte[RowBits.Padded(rows)];
        var target = new IndexSink.Codes(rows, [(flags, null)]);
        Run(connection, from, parameters, "zeno_index_codes", [(target, $"CAST(coalesce({condition}, false) AS UBIGINT)")], rows);
        return RowBits.FromFlags(flags, rows);
    }

    /// <summary>A number per row (<paramref name="value"/> over <paramref name="from"/>) and the rows where it is not null.</summary>
    public static (double[] Values, ulong[] Present) Numbers(DuckDBConnection connection, string from, SqlParameters parameters, string value, long rows)
    {
        var values = new double[RowBits.Padded(rows)];
        var flags = new byte[RowBits.Padded(rows)];
        Run(connection, from, parameters, "zeno_index_number", [(new IndexSink.Numbers(rows, values), $"coalesce({value}, 0)")], rows);
        Run(connection, from, parameters, "zeno_index_codes", [(new IndexSink.Codes(rows, [(flags, null)]), $"CAST(({value}) IS NOT NULL AS UBIGINT)")], rows);
        return (values, RowBits.FromFlags(flags, rows));
    }

    /// <summary>
    /// Each row's edit distance between its reference and its hypothesis text (<paramref name="texts"/>: their two SQL
    /// expressions) and the reference's length, in words or characters as <paramref name="kind"/> says: the very
    /// <see cref="ErrorRateSums"/> the SQL path adds up per row. Texts are read a vector at a time, so they cannot go
    /// through the scalar sink; distances are computed on every core.
    /// </summary>
    public static RowMetric.Edits Edits(DuckDBConnection connection, string from, StatisticsKind kind, string texts, long rows)
    {
        var (counts, lengths) = (new int[RowBits.Padded(rows)], new int[RowBits.Padded(rows)]);
        var seen = new ulong[RowBits.Words(rows)];
        var (delivered, outside) = (0L, false);
        foreach (var batch in FrameQuery.Batches(connection, $"SELECT {InstanceView.RowExpression}, {texts} FROM {from}", [], 1 << 16))
        {
            var (numbers, reference, hypothesis) = (batch.Columns[0], batch.Columns[1], batch.Columns[2]);
            var sums = new ErrorRateSums[batch.Rows.Count];
            Parallel.For(0, sums.Length, i => sums[i] = kind == StatisticsKind.WordEdits
                ? ErrorRateSums.ForWords((string?)reference[i], (string?)hypothesis[i])
                : ErrorRateSums.ForChars((string?)reference[i], (string?)hypothesis[i]));
            for (var i = 0; i < sums.Length; i++)
            {
                delivered++;
                if (numbers[i] is not long row || row < 0 || row >= rows || (seen[row >> 6] & (1UL << (int)(row & 63))) != 0)
                {
                    outside = true;
                    continue;
                }
                seen[row >> 6] |= 1UL << (int)(row & 63);
                (counts[row], lengths[row]) = ((int)sums[i].Edits, (int)sums[i].ReferenceLength);
            }
        }
        if (delivered != rows || outside)
            throw new IndexMismatchException($"the index expected each of {rows} rows once, the view delivered {delivered}");
        return new RowMetric.Edits(kind, counts, lengths);
    }

    private static void Run(DuckDBConnection connection, string from, SqlParameters parameters, string function, IReadOnlyList<(IndexSink.Target Target, string Sql)> sinks, long rows)
    {
        IndexSink.Register(connection);
        var registrations = sinks.Select(sink => IndexSink.Add(sink.Target)).ToList();
        try
        {
            using var command = connection.CreateCommand();
            var select = string.Join(", ", sinks.Select((sink, i) =>
                $"bool_and({function}($zeno_sink{N(i)}, {InstanceView.RowExpression}, {sink.Sql}))"));
            command.CommandText = $"SELECT {select} FROM {from}";
            parameters.ApplyTo(command);
            for (var i = 0; i < registrations.Count; i++)
                command.Parameters.Add(new DuckDBParameter($"zeno_sink{N(i)}", registrations[i].Id));
            command.ExecuteNonQuery();
        }
        finally
        {
            foreach (var registration in registrations)
                registration.Dispose();
        }
        foreach (var (target, _) in sinks)
        {
            if (target.Rows != rows || target.Outside)
                throw new IndexMismatchException($"the index expected each of {rows} rows once, the view delivered {target.Rows}");
        }
    }

    private static string N(long i) => i.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The view did not deliver one row per zeno_row: the index cannot answer, SQL does.</summary>
internal sealed class IndexMismatchException(string message) : Exception(message);
