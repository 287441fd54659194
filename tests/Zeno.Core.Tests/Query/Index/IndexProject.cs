using Zeno.Core.Config;
using Zeno.Core.Project;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Sql;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Query.Index;

/// <summary>
/// A project for comparing the binned index with SQL: data columns of every chart kind with about one value in eight
/// missing, numbers on bin edges and NaN/±∞, and two models whose predictions come from files, so "output",
/// "confidence" and "tier" are computed columns joined per model. Labels are text or (odd seeds) numbers, so MAE and
/// RMSE have values too. Metrics: every built-in kind, decomposable or not; optionally a [Metric] function that reads
/// every column of the view (<see cref="RowChecksum"/>).
/// </summary>
internal sealed class IndexProject : IDisposable
{
    public static readonly string[] Models = ["a", "b"];

    private static readonly string[] Words = ["cat", "dog", "the", "quick", "brown", "fox", "été"];
    private static readonly double[] Awkward = [0, 10, 20, -10, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.1, 1e-9];

    /// <summary>
    /// A [Metric] function whose value changes if any row of its slice is missing, repeated, out of place or different
    /// in any column, or if a column has another type: each row's values and column types are hashed, weighted by the
    /// row's position. Not a metric a user would write; it makes two paths' frames comparable through one number.
    /// </summary>
    public const string RowChecksum = """
        public static class Checksums
        {
            [Metric("row_checksum")]
            public static MetricReturn RowChecksum(DataFrame slice, ZenoOptions options)
            {
                long sum = 0;
                for (long row = 0; row < slice.Rows.Count; row++)
                {
                    long hash = 17;
                    foreach (var column in slice.Columns)
                    {
                        var value = column[row];
                        var text = value is IFormattable formattable ? formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture) : value?.ToString();
                        hash = unchecked(hash * 31 + (column.GetType().Name + "|" + column.Name + "|" + (text ?? "<null>")).GetHashCode());
                    }
                    sum = unchecked(sum + (row + 1) * hash);
                }
                return (double)((sum % 1_000_000_007 + 1_000_000_007) % 1_000_000_007);
            }
        }
        """;

    private IndexProject(int seed, int rows, TempProject folder, bool functionMetric)
    {
        var random = new Random(seed);
        Folder = folder;
        T? Maybe<T>(Func<T> make) => random.Next(8) == 0 ? default : make();
        var numericLabels = seed % 2 == 1;
        object Label() => numericLabels ? (object)(long)random.Next(3) : Some.Pick(random, ["spam", "ham", "eggs"]);
        var start = new DateTime(2024, 1, 1);
        var ids = Enumerable.Range(0, rows).Select(i => $"r{i:D5}").ToList();
        var data = ids.Select(id => new object?[]
        {
            id,
            Maybe<double?>(() => random.Next(6) == 0 ? Some.Pick(random, Awkward) : Math.Round(random.NextDouble() * 60 - 20, 2)),
            Maybe<long?>(() => random.Next(0, 400)),
            Maybe(() => $"city{(int)Math.Floor(40 * Math.Pow(random.NextDouble(), 2.5)):D2}"),
            Maybe<bool?>(() => random.Next(3) > 0),
            Maybe<DateTime?>(() => start.AddDays(random.Next(0, 200)).AddHours(random.Next(3) == 0 ? random.Next(24) : 0)),
            Maybe(() => string.Join(" ", Enumerable.Range(0, random.Next(2, 6)).Select(_ => Some.Pick(random, Words)))),
            Label(),
        }).ToList();
        Data = data;
        folder.WriteCsv("data.csv", ["id", "score", "count", "city", "flag", "day", "review", "label"],
            data.Select(row => row.Select(v => v is DateTime d ? d.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) : v).ToArray()));
        foreach (var model in Models)
        {
            folder.WriteCsv($"{model}.csv", ["id", "output", "confidence", "tier"], ids.Select(id => new object?[]
            {
                id,
                random.Next(10) == 0 ? null : Label(),
                Maybe<double?>(() => Math.Round(random.NextDouble(), 3)),
                Maybe<long?>(() => random.Next(1, 4)),
            }));
        }
        if (functionMetric)
            folder.Write("functions/Checksums.cs", RowChecksum);
        folder.Write("zeno.toml", (functionMetric ? "functions = \"functions\"\n" : "") + """
            data = "data.csv"
            id_column = "id"
            label_column = "label"

            [[models]]
            name = "a"
            predictions = "a.csv"

            [[models]]
            name = "b"
            predictions = "b.csv"

            [[metrics]]
            name = "accuracy"
            type = "accuracy"

            [[metrics]]
            name = "error_rate"
            type = "error_rate"

            [[metrics]]
            name = "exact_match"
            type = "exact_match"

            [[metrics]]
            name = "count"
            type = "count"

            [[metrics]]
            name = "confidence"
            type = "mean"
            column = "confidence"

            [[metrics]]
            name = "score"
            type = "mean"
            column = "score"

            [[metrics]]
            name = "mae"
            type = "mae"

            [[metrics]]
            name = "rmse"
            type = "rmse"

            [[metrics]]
            name = "wer"
            type = "wer"

            [[metrics]]
            name = "cer"
            type = "cer"

            [[metrics]]
            name = "f1"
            type = "f1"
            average = "macro"

            [[metrics]]
            name = "precision_of_1"
            type = "precision"
            positive = "1"
            """ + (functionMetric ? "\n\n[[metrics]]\nname = \"row_checksum\"\n" : ""));
        Project = ZenoProject.Open(ConfigLoader.Load(folder.ConfigPath));
    }

    public TempProject Folder { get; }

    public ZenoProject Project { get; }

    /// <summary>The data rows as written: id, score, count, city, flag, day, review, label.</summary>
    public IReadOnlyList<object?[]> Data { get; }

    public EvaluationContext Context => Project.EvaluationContext();

    public static async Task<IndexProject> CreateAsync(int seed, int rows = 600, bool functionMetric = false)
    {
        var project = new IndexProject(seed, rows, new TempProject(), functionMetric);
        await project.Project.RunPipelineAsync();
        return project;
    }

    /// <summary>The data columns as random predicates see them.</summary>
    public SomeTable Table()
    {
        SomeColumn Column(int index, string name, ColumnType type, StorageKind storage, string sqlType) =>
            new(name, type, storage, sqlType, [.. Data.Select(row => row[index] is double d && !double.IsFinite(d) ? null : row[index])]);
        var labels = Data[0][7] is long ? (StorageKind.Numeric, "BIGINT") : (StorageKind.String, "VARCHAR");
        return new SomeTable("id",
        [
            Column(0, "id", ColumnType.Nominal, StorageKind.String, "VARCHAR"),
            Column(1, "score", ColumnType.Continuous, StorageKind.Numeric, "DOUBLE"),
            Column(2, "count", ColumnType.Continuous, StorageKind.Numeric, "BIGINT"),
            Column(3, "city", ColumnType.Nominal, StorageKind.String, "VARCHAR"),
            Column(4, "flag", ColumnType.Boolean, StorageKind.Boolean, "BOOLEAN"),
            Column(5, "day", ColumnType.Datetime, StorageKind.Timestamp, "TIMESTAMP"),
            Column(6, "review", ColumnType.Text, StorageKind.String, "VARCHAR"),
            Column(7, "label", ColumnType.Nominal, labels.Item1, labels.Item2),
        ]);
    }

    public void Dispose()
    {
        Project.Dispose();
        Folder.Dispose();
    }
}
