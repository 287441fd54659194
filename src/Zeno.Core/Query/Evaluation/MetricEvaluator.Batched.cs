using System.Globalization;
using Zeno.Core.Config;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Metrics;
using Zeno.Core.Query.Sql;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Evaluation;

// The SQL fallback for several models at once, where the index keeps no per-row statistics (precision, recall, F1):
// one query per slice for every model, not two per (slice, model) — a slice × model table of 50 slices and 3 models
// asks DuckDB 50 times instead of 300.
public sealed partial class MetricEvaluator
{
    private IReadOnlyList<MetricResult>? ClassesOfModels(Predicate? filter, IReadOnlyList<string?> models, string? transform, MetricConfig metric)
    {
        if (models.Count < 2 || metric.Type is not { } type || MetricMath.StatisticsFor(type) != StatisticsKind.Classes
            || _context.Config.LabelColumn is not { } labelName)
            return null;
        var parameters = new SqlParameters();
        var branches = new List<string>();
        var numeric = new bool[models.Count];
        for (var m = 0; m < models.Count; m++)
        {
            var view = _context.View(models[m], transform);
            // Without an output the per-model path gives empty statistics; without the label it reports the config.
            if (view.Find(labelName) is not { } label || view.Find(InstanceView.OutputName) is not { } output)
                return null;
            // The filter compiled when Evaluate made each model's SliceQuery, so it compiles here too.
            var where = filter is null ? "TRUE" : PredicateCompiler.Compile(filter, new ViewColumnResolver(view, _context.Instances), parameters);
            numeric[m] = ViewColumnResolver.StorageOf(label.SqlType) == StorageKind.Numeric && ViewColumnResolver.StorageOf(output.SqlType) == StorageKind.Numeric;
            var from = view.From([.. filter?.Columns() ?? [], label.Name, output.Name]);
            branches.Add($"SELECT {m.ToString(CultureInfo.InvariantCulture)} AS m, {ClassText(label, numeric[m])} AS l, {ClassText(output, numeric[m])} AS o FROM {from} WHERE {where}");
        }
        using var command = Connection.CreateCommand();
        // Every row of a model's slice counts once in n (its size) under its label's class (NULL: no class), and once
        // more under its output's class, as the per-model query splits them.
        command.CommandText = $"""
            WITH r AS ({string.Join(" UNION ALL ", branches)})
            SELECT m, c, sum(tp)::BIGINT, sum(predicted)::BIGINT, sum(actual)::BIGINT, sum(n)::BIGINT FROM (
                SELECT m, l AS c, CASE WHEN l = o THEN 1 ELSE 0 END AS tp, 0 AS predicted, 1 AS actual, 1 AS n FROM r
                UNION ALL
                SELECT m, o AS c, 0, 1, 0, 0 FROM r WHERE o IS NOT NULL)
            GROUP BY m, c ORDER BY m, c
            """;
        parameters.ApplyTo(command);
        var sizes = new long[models.Count];
        var tallies = models.Select(_ => new List<ClassTally>()).ToArray();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var m = reader.GetInt32(0);
                sizes[m] += reader.GetInt64(5);
                if (!reader.IsDBNull(1))
                    tallies[m].Add(new ClassTally(reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4)));
            }
        }
        return [.. models.Select((_, m) => new MetricResult(
            MetricMath.Compute(metric, WithPositive(Connection, new ClassCounts(sizes[m], tallies[m]), metric, numeric[m])), sizes[m]))];
    }
}
