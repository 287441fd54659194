using System.Globalization;
using DuckDB.NET.Data;
using Zeno.Core.Config;
using Zeno.Core.Errors;
using Zeno.Core.Query.Metrics;
using Zeno.Core.Query.Sql;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Evaluation;

// The SQL side of built-in metrics: one query per metric reduces the slice to the statistics MetricMath needs.
public sealed partial class MetricEvaluator
{
    private MetricStatistics Statistics(SliceQuery slice, MetricConfig metric, BuiltInMetric type, long size)
    {
        var connection = Connection;
        var kind = MetricMath.StatisticsFor(type);
        if (kind == StatisticsKind.Count)
            return new RowCount(size);
        if (kind == StatisticsKind.Mean)
        {
            var column = Column(slice, metric.Column!, metric);
            var (count, sum) = Pair(connection, slice, [column.Name], $"count(x), coalesce(sum(x), 0)", $"{MeanValue(column)} AS x");
            return new MeanSums((long)count, sum);
        }
        var label = Column(slice, _context.Config.LabelColumn
            ?? throw new ConfigException(metric.Location, "type", $"metric '{metric.Name}' compares outputs with labels, but zeno.toml sets no label_column"), metric);
        if (slice.View.Find(InstanceView.OutputName) is not { } output)
            return Empty(kind);
        var numeric = ViewColumnResolver.StorageOf(label.SqlType) == StorageKind.Numeric
            && ViewColumnResolver.StorageOf(output.SqlType) == StorageKind.Numeric;
        var l = ClassText(label, numeric);
        var o = ClassText(output, numeric);
        switch (kind)
        {
            case StatisticsKind.Matches:
            case StatisticsKind.TrimmedMatches:
            {
                var equal = kind == StatisticsKind.Matches ? $"{l} = {o}" : $"trim({l}) = trim({o})";
                var (total, correct) = Pair(connection, slice, [label.Name, output.Name], "count(*), count(*) FILTER (WHERE m)", $"coalesce({equal}, false) AS m");
                return new MatchCounts((long)total, (long)correct);
            }
            case StatisticsKind.Regression:
            {
                using var command = connection.CreateCommand();
                // The outer WHERE keeps the rows where both sides are numbers and the error is finite.
                command.CommandText = $"SELECT count(e), coalesce(sum(abs(e)), 0), coalesce(sum(e * e), 0) FROM (SELECT {RegressionError(output, label)} AS e FROM {slice.From(label.Name, output.Name)} WHERE {slice.Where}) WHERE e IS NOT NULL";
                slice.Parameters.ApplyTo(command);
                using var reader = command.ExecuteReader();
                reader.Read();
                return new RegressionSums(reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2));
            }
            case StatisticsKind.Classes:
                return Classes(connection, slice, [label.Name, output.Name], l, o, metric, numeric, size);
            default:
            {
                var sums = ErrorRateSums.Empty;
                using var command = slice.Command(connection, EditTexts(label, output), [label.Name, output.Name]);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var reference = reader.IsDBNull(0) ? null : reader.GetString(0);
                    var hypothesis = reader.IsDBNull(1) ? null : reader.GetString(1);
                    sums += kind == StatisticsKind.WordEdits ? ErrorRateSums.ForWords(reference, hypothesis) : ErrorRateSums.ForChars(reference, hypothesis);
                }
                return sums;
            }
        }
    }

    private static ClassCounts Classes(DuckDBConnection connection, SliceQuery slice, string[] columns, string l, string o, MetricConfig metric, bool numeric, long size)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT c, sum(tp)::BIGINT, sum(predicted)::BIGINT, sum(actual)::BIGINT FROM (
                SELECT {l} AS c, CASE WHEN {l} = {o} THEN 1 ELSE 0 END AS tp, 0 AS predicted, 1 AS actual FROM {slice.From(columns)} WHERE ({slice.Where}) AND {l} IS NOT NULL
                UNION ALL
                SELECT {o} AS c, 0, 1, 0 FROM {slice.From(columns)} WHERE ({slice.Where}) AND {o} IS NOT NULL)
            GROUP BY c ORDER BY c
            """;
        slice.Parameters.ApplyTo(command);
        using var reader = command.ExecuteReader();
        var tallies = new List<ClassTally>();
        while (reader.Read())
            tallies.Add(new ClassTally(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3)));
        return WithPositive(connection, new ClassCounts(size, tallies), metric, numeric);
    }

    // Numeric labels compare through DOUBLE text ("1.0"), so the configured positive class is spelled the same way.
    private static ClassCounts WithPositive(DuckDBConnection connection, ClassCounts counts, MetricConfig metric, bool numeric)
    {
        if (numeric && metric.Positive is { } positive && double.TryParse(positive, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            using var normalise = connection.CreateCommand();
            normalise.CommandText = "SELECT CAST(CAST($p AS DOUBLE) AS VARCHAR)";
            normalise.Parameters.Add(new DuckDBParameter("p", number));
            var spelled = (string)normalise.ExecuteScalar()!;
            return counts with { Classes = [.. counts.Classes.Select(t => t.Class == spelled ? t with { Class = positive } : t)] };
        }
        return counts;
    }

    private static ViewColumn Column(SliceQuery slice, string name, MetricConfig metric) =>
        slice.View.Find(name) ?? throw new ConfigException(metric.Location, "column",
            $"metric '{metric.Name}' reads the column '{name}', which the project does not have. Available columns: {string.Join(", ", slice.View.Columns.Select(c => c.Name))}");

    /// <summary>The reference (label) and hypothesis (output) texts WER and CER compare, as a select list of two.</summary>
    internal static string EditTexts(ViewColumn label, ViewColumn output) =>
        $"CAST({label.SqlExpression} AS VARCHAR), CAST({output.SqlExpression} AS VARCHAR)";

    /// <summary>A class label as text; numbers through DOUBLE, so 1 and 1.0 are the same class.</summary>
    internal static string ClassText(ViewColumn column, bool numeric) =>
        numeric ? $"CAST(CAST({column.SqlExpression} AS DOUBLE) AS VARCHAR)" : $"CAST({column.SqlExpression} AS VARCHAR)";

    /// <summary>
    /// A mean's value per row: booleans as 0/1, text that holds a number parsed, and null — skipped, like a missing
    /// value — for anything else, NaN and ±∞ included: one such value would make the mean NaN or infinite, a number
    /// no one can read (nor JSON carry), and would hide every other row's contribution.
    /// </summary>
    internal static string MeanValue(ViewColumn column) => Finite($"try_cast({Numeric(column)} AS DOUBLE)");

    /// <summary>The error output − label of a row for MAE and RMSE; null where either is not a number, or the error is not finite (as <see cref="MeanValue"/>).</summary>
    internal static string RegressionError(ViewColumn output, ViewColumn label) =>
        Finite($"try_cast({Numeric(output)} AS DOUBLE) - try_cast({Numeric(label)} AS DOUBLE)");

    private static string Finite(string number) => $"(CASE WHEN isfinite({number}) THEN {number} END)";

    // Booleans average as 0/1; text that holds numbers is parsed; anything else is skipped as null.
    internal static string Numeric(ViewColumn column) =>
        column.SqlType == "BOOLEAN" ? $"CAST({column.SqlExpression} AS INTEGER)" : column.SqlExpression;

    private static (double, double) Pair(DuckDBConnection connection, SliceQuery slice, string[] columns, string aggregates, string rowExpression)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {aggregates} FROM (SELECT {rowExpression} FROM {slice.From(columns)} WHERE {slice.Where})";
        slice.Parameters.ApplyTo(command);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (Convert.ToDouble(reader.GetValue(0), CultureInfo.InvariantCulture), Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture));
    }

    private static MetricStatistics Empty(StatisticsKind kind) => kind switch
    {
        StatisticsKind.Matches or StatisticsKind.TrimmedMatches => MatchCounts.Empty,
        StatisticsKind.Classes => ClassCounts.Empty,
        StatisticsKind.Regression => RegressionSums.Empty,
        _ => ErrorRateSums.Empty,
    };
}
