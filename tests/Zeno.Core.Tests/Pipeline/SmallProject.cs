using Zeno.Core.Config;
using Zeno.Core.Project;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Pipeline;

/// <summary>
/// A real project for pipeline tests: 50 texts, a [Model] with two model names, a transform, two model-independent
/// distills (one through a helper) and one distill that reads the model output. batch_size 5 → partitions of 40 rows.
/// </summary>
internal sealed class SmallProject : IDisposable
{
    public const string Functions = """
        public static class Fns
        {
            [Distill("length")]
            public static DistillReturn Length(DataFrame batch, ZenoOptions options) =>
                new(Texts(batch, options).Select(t => (long)t.Length).ToArray());

            [Distill("shout")]
            public static DistillReturn Shout(DataFrame batch, ZenoOptions options) =>
                new(Texts(batch, options).Select(IsShouting).ToArray());

            static bool IsShouting(string text) => text.ToUpperInvariant() == text;

            [Distill("correct")]
            public static DistillReturn Correct(DataFrame batch, ZenoOptions options)
            {
                var labels = batch.Columns[options.LabelColumn!];
                var outputs = batch.Columns[options.OutputColumn];
                return new(Enumerable.Range(0, (int)batch.Rows.Count).Select(i => Equals(labels[i], outputs[i])).ToArray());
            }

            [Model]
            public static Func<DataFrame, ZenoOptions, ModelReturn> Load(string name)
            {
                var threshold = name == "long" ? 12 : 8;
                return (batch, options) => new ModelReturn(Texts(batch, options).Select(t => t.Length > threshold ? "spam" : "ham").ToArray());
            }

            [Transform("upper")]
            public static TransformReturn Upper(DataFrame batch, ZenoOptions options) =>
                new(Texts(batch, options).Select(t => t.ToUpperInvariant()).ToArray());

            static IEnumerable<string> Texts(DataFrame batch, ZenoOptions options) =>
                batch.Columns[options.DataColumn!].Cast<string>();
        }
        """;

    public const string Config = """
        name = "small"
        data = "data.csv"
        id_column = "id"
        data_column = "text"
        label_column = "label"
        functions = "functions"
        batch_size = 5
        partition_rows = 40

        [[models]]
        name = "short"

        [[models]]
        name = "long"

        [[metrics]]
        name = "accuracy"
        type = "accuracy"
        """;

    public SmallProject(string functions = Functions)
    {
        var random = new Random(7);
        var words = new[] { "win", "cash", "hello", "MEETING", "tomorrow", "free", "OK", "lunch" };
        Folder.WriteCsv("data.csv", ["id", "text", "label"], Enumerable.Range(0, 50).Select(i => new object?[]
        {
            $"e{i:D3}",
            string.Join(" ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(words.Length)])),
            random.Next(2) == 0 ? "spam" : "ham",
        }));
        Folder.Write("zeno.toml", Config).Write("functions/Fns.cs", functions);
    }

    public TempProject Folder { get; } = new();

    public ZenoProject Open() => ZenoProject.Open(ConfigLoader.Load(Folder.ConfigPath));

    public void Dispose() => Folder.Dispose();
}
