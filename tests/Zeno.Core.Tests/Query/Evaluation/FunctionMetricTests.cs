using Zeno.Core.Config;
using Zeno.Core.Functions;
using Zeno.Core.Project;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Store;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Query.Evaluation;

/// <summary>
/// A [Metric] function receives exactly its slice's rows, whatever kind of value the slice's filter compares with
/// (text, numbers, booleans: read a vector at a time; dates: through DuckDB.NET's reader), checked against the value
/// computed by hand from the rows written.
/// </summary>
public sealed class FunctionMetricTests : IDisposable
{
    private const string Functions = """
        public static class Metrics
        {
            // The mean score of the slice's rows that have one, and how many rows it saw in all (to check the slice).
            [Metric("mean_score")]
            public static MetricReturn MeanScore(DataFrame slice, ZenoOptions options)
            {
                var scores = slice.Columns["score"].Cast<double?>().Where(score => score is not null).Select(score => score!.Value).ToList();
                return scores.Count == 0 ? MetricReturn.Undefined : scores.Average() + slice.Rows.Count * 1e6;
            }

            // Reads the label and the model's output through the options' names.
            [Metric("error_rate")]
            public static MetricReturn ErrorRate(DataFrame slice, ZenoOptions options)
            {
                var labels = slice.Columns[options.LabelColumn!];
                var outputs = slice.Columns[options.OutputColumn];
                return Enumerable.Range(0, (int)slice.Rows.Count).Count(i => !Equals(labels[i], outputs[i])) / (double)slice.Rows.Count;
            }
        }
        """;

    private readonly TempProject _folder = new();
    private readonly List<(string Id, double? Score, string City, bool Flag, DateTime Day, int Index)> _rows = [];
    private readonly ZenoProject _project;

    public FunctionMetricTests()
    {
        var random = new Random(5);
        for (var i = 0; i < 3000; i++)
            _rows.Add(($"r{i:D4}", random.Next(6) == 0 ? null : Math.Round(random.NextDouble() * 10, 3), $"city{random.Next(5)}", random.Next(2) == 0,
                new DateTime(2024, 1, 1).AddDays(random.Next(100)), i));
        _folder.WriteCsv("data.csv", ["id", "score", "city", "flag", "day", "label", "pred"],
            _rows.Select((row, i) => new object?[] { row.Id, row.Score, row.City, row.Flag, row.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "a", i % 3 == 0 ? "a" : "b" }));
        _folder.Write("zeno.toml", """
            data = "data.csv"
            id_column = "id"
            label_column = "label"
            functions = "functions"

            [[models]]
            name = "m"
            output_column = "pred"

            [[metrics]]
            name = "mean_score"

            [[metrics]]
            name = "error_rate"
            """).Write("functions/Metrics.cs", Functions);
        _project = ZenoProject.Open(ConfigLoader.Load(_folder.ConfigPath));
    }

    [Theory]
    [InlineData("city == \"city2\"")]
    [InlineData("score > 6.5")]
    [InlineData("flag == true")]
    [InlineData("day >= 2024-02-15")]
    [InlineData("city != \"city1\" and score <= 3")]
    [InlineData(null)]
    public void A_metric_function_sees_exactly_its_slice(string? filter)
    {
        var predicate = filter is null ? null : FilterParser.Parse(filter);
        Func<(string Id, double? Score, string City, bool Flag, DateTime Day, int Index), bool> keep = filter switch
        {
            "city == \"city2\"" => row => row.City == "city2",
            "score > 6.5" => row => row.Score > 6.5,
            "flag == true" => row => row.Flag,
            "day >= 2024-02-15" => row => row.Day >= new DateTime(2024, 2, 15),
            "city != \"city1\" and score <= 3" => row => row.City != "city1" && row.Score <= 3,
            _ => _ => true,
        };
        var slice = _rows.Where(keep).ToList();
        var scores = slice.Where(row => row.Score is not null).Select(row => row.Score!.Value).ToList();

        using var evaluator = new MetricEvaluator(_project.EvaluationContext());
        var meanScore = evaluator.Evaluate(predicate, "m", null, _project.Config.Metrics[0]);
        var errorRate = evaluator.Evaluate(predicate, "m", null, _project.Config.Metrics[1]);

        Assert.Equal(slice.Count, meanScore.Size);
        Assert.Equal(scores.Average() + slice.Count * 1e6, meanScore.Value!.Value, 6);
        Assert.Equal(slice.Count(row => row.Index % 3 != 0) / (double)slice.Count, errorRate.Value!.Value, 9);
    }

    [Fact]
    public void Computed_values_reach_the_cache_in_one_write_when_the_evaluator_is_disposed()
    {
        string[] filters = ["city == \"city2\"", "score > 6.5", "flag == true"];
        var evaluator = new MetricEvaluator(_project.EvaluationContext());
        var values = filters.Select(filter => evaluator.Evaluate(FilterParser.Parse(filter), "m", null, _project.Config.Metrics[0]).Value).ToList();

        // The same slice again is answered by what the evaluator holds.
        Assert.Equal(values[0], evaluator.Evaluate(FilterParser.Parse(filters[0]), "m", null, _project.Config.Metrics[0]).Value);
        Assert.Equal(0, CachedValues());
        evaluator.Dispose();
        Assert.Equal(3, CachedValues());
        using var next = new MetricEvaluator(_project.EvaluationContext());
        Assert.Equal(values, filters.Select(filter => next.Evaluate(FilterParser.Parse(filter), "m", null, _project.Config.Metrics[0]).Value));
    }

    private long CachedValues() => _project.Store.Read(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM metric_cache";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    });

    [Fact]
    public void A_metric_function_gets_only_the_columns_its_code_reads()
    {
        var view = SliceQuery.Create(_project.EvaluationContext(), null, "m", null).View;
        var all = view.Columns.Select(column => column.Name).ToList();

        Assert.Equal(["score"], _project.Functions.Metrics["mean_score"].Descriptor.ReadsColumns);
        Assert.Equal(["label", InstanceView.OutputName], view.ColumnsFor(
            ColumnReads.Resolve(_project.Functions.Metrics["error_rate"].Descriptor.ReadsColumns, "id", null, "label", InstanceView.OutputName)!.ToHashSet(), "id"));
        Assert.Equal(all, view.ColumnsFor(null, "id"));
        Assert.Equal(["score"], view.ColumnsFor(new HashSet<string> { "nope", "score" }, "id"));
        Assert.Equal(["id"], view.ColumnsFor(new HashSet<string> { "nope" }, "id"));
        Assert.Equal(["id"], view.ColumnsFor(new HashSet<string>(), "id"));
    }

    public void Dispose()
    {
        _project.Dispose();
        _folder.Dispose();
    }
}
