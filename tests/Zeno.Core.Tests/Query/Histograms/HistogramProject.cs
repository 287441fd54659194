using System.Globalization;
using System.Text;
using Zeno.Core.Config;
using Zeno.Core.Project;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Sql;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Query.Histograms;

/// <summary>
/// A real project over a random CSV with a column of every chart kind (about one value in eight missing): a
/// continuous number, a whole number, a nominal with a long tail, a boolean, a date, free text, and a label with a
/// model's predictions in a column. Also describes itself as a <see cref="SomeTable"/>, so random predicates fit it.
/// </summary>
internal sealed class HistogramProject : IDisposable
{
    public static readonly string[] Charted = ["score", "count", "city", "flag", "day", "review", "label"];

    private static readonly string[] Words = ["cat", "Cat", "dog", "the", "The", "quick", "brown", "fox", "jumps", "over", "lazy", "barked", "été"];

    public HistogramProject(int seed, int rows = 300)
    {
        var random = new Random(seed);
        T? Maybe<T>(Func<T> make) => random.Next(8) == 0 ? default : make();
        var start = new DateTime(2024, 1, 1);
        var data = Enumerable.Range(0, rows).Select(i => new object?[]
        {
            $"r{i:D4}",
            Maybe<double?>(() => Math.Round((random.NextDouble() - 0.3) * Math.Pow(10, random.Next(1, 3)), 3)),
            Maybe<long?>(() => random.Next(0, 400)),
            // A skewed draw over 40 cities: a head of frequent ones and a long tail.
            Maybe(() => $"city{(int)Math.Floor(40 * Math.Pow(random.NextDouble(), 2.5)):D2}"),
            Maybe<bool?>(() => random.Next(3) > 0),
            Maybe<DateTime?>(() => start.AddDays(random.Next(0, 200))),
            Maybe(() => string.Join(" ", Enumerable.Range(0, random.Next(3, 12)).Select(_ => Some.Pick(random, Words)))),
            random.Next(2) == 0 ? "spam" : "ham",
            random.Next(3) == 0 ? "spam" : "ham",
        }).ToList();
        Rows = data;
        Folder.Write("data.csv", Csv(["id", "score", "count", "city", "flag", "day", "review", "label", "pred"], data));
        Folder.Write("zeno.toml", """
            data = "data.csv"
            id_column = "id"
            label_column = "label"

            [[models]]
            name = "m"
            output_column = "pred"

            [[metrics]]
            name = "accuracy"
            type = "accuracy"
            """);
        Project = ZenoProject.Open(ConfigLoader.Load(Folder.ConfigPath));
        Context = Project.EvaluationContext();
    }

    public TempProject Folder { get; } = new();

    public ZenoProject Project { get; }

    public EvaluationContext Context { get; }

    /// <summary>The rows as written: id, score, count, city, flag, day, review, label, pred.</summary>
    public IReadOnlyList<object?[]> Rows { get; }

    public MetricConfig Accuracy => Context.Config.Metrics.Single();

    /// <summary>The table as random predicates see it.</summary>
    public SomeTable Table()
    {
        SomeColumn Column(int index, string name, ColumnType type, StorageKind storage, string sqlType) =>
            new(name, type, storage, sqlType, [.. Rows.Select(row => row[index])]);
        return new SomeTable("id",
        [
            Column(0, "id", ColumnType.Nominal, StorageKind.String, "VARCHAR"),
            Column(1, "score", ColumnType.Continuous, StorageKind.Numeric, "DOUBLE"),
            Column(2, "count", ColumnType.Continuous, StorageKind.Numeric, "BIGINT"),
            Column(3, "city", ColumnType.Nominal, StorageKind.String, "VARCHAR"),
            Column(4, "flag", ColumnType.Boolean, StorageKind.Boolean, "BOOLEAN"),
            Column(5, "day", ColumnType.Datetime, StorageKind.Timestamp, "DATE"),
            Column(6, "review", ColumnType.Text, StorageKind.String, "VARCHAR"),
            Column(7, "label", ColumnType.Nominal, StorageKind.String, "VARCHAR"),
        ]);
    }

    public void Dispose()
    {
        Project.Dispose();
        Folder.Dispose();
    }

    // Numbers and dates unquoted in invariant forms, text quoted, missing values empty.
    private static string Csv(string[] header, IEnumerable<object?[]> rows)
    {
        var text = new StringBuilder(string.Join(",", header)).Append('\n');
        foreach (var row in rows)
            text.Append(string.Join(",", row.Select(Cell))).Append('\n');
        return text.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };
}
