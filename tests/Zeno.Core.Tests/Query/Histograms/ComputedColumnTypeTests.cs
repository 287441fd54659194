using Zeno.Core.Config;
using Zeno.Core.Project;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Store;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Query.Histograms;

public sealed class ComputedColumnTypeTests
{
    [Fact]
    public async Task Computed_columns_are_typed_by_their_values_not_only_their_storage()
    {
        using var folder = new TempProject();
        var random = new Random(3);
        var ids = Enumerable.Range(0, 120).Select(i => $"e{i:D3}").ToList();
        folder.WriteCsv("data.csv", ["id", "label"], ids.Select(id => new object?[] { id, random.Next(2) == 0 ? "a" : "b" }));
        folder.WriteCsv("preds.csv", ["id", "output", "votes", "tier", "explanation"], ids.Select(id => new object?[]
        {
            id,
            random.Next(2) == 0 ? "a" : "b",
            (long)random.Next(0, 1000),
            (long)random.Next(1, 4),
            $"the model saw {random.Next(100)} words and thought about them for a while",
        }));
        folder.Write("zeno.toml", """
            data = "data.csv"
            id_column = "id"
            label_column = "label"

            [[models]]
            name = "file"
            predictions = "preds.csv"
            """);
        using var project = ZenoProject.Open(ConfigLoader.Load(folder.ConfigPath));
        await project.RunPipelineAsync();
        var context = project.EvaluationContext();
        var engine = new HistogramEngine(context, new HistogramCache());

        var columns = engine.Columns("file").ToDictionary(c => c.Name);
        // Stored as BIGINT both; a thousand distinct votes are a measure, three tiers are categories.
        Assert.Equal(("BIGINT", "BIGINT"), (context.View("file", null).Find("votes")!.SqlType, context.View("file", null).Find("tier")!.SqlType));
        Assert.Equal(ColumnType.Continuous, columns["votes"].Type);
        Assert.Equal(ColumnType.Nominal, columns["tier"].Type);
        Assert.Equal(ColumnType.Text, columns["explanation"].Type);
        Assert.Equal((ColumnType.Nominal, ViewColumnOrigin.Output), (columns["output"].Type, columns["output"].Origin));
        Assert.Equal(ViewColumnOrigin.ModelColumn, columns["votes"].Origin);

        var votes = engine.Compute(new HistogramRequest(["votes"]) { Model = "file" }).Columns[0];
        Assert.Equal(ColumnType.Continuous, votes.Type);
        Assert.All(votes.Buckets, bucket => Assert.Equal(BucketKind.Range, bucket.Kind));
        Assert.Equal(120, votes.Buckets.Sum(b => b.Total));
    }

    [Fact]
    public async Task A_computed_columns_type_is_kept_with_the_store_and_read_back_instead_of_profiled_again()
    {
        using var folder = new TempProject();
        var ids = Enumerable.Range(0, 60).Select(i => $"e{i:D2}").ToList();
        folder.WriteCsv("data.csv", ["id", "label"], ids.Select(id => new object?[] { id, "a" }));
        folder.WriteCsv("preds.csv", ["id", "output", "tier"], ids.Select((id, i) => new object?[] { id, "a", (long)(i % 3) }));
        folder.Write("zeno.toml", """
            data = "data.csv"
            id_column = "id"
            label_column = "label"

            [[models]]
            name = "file"
            predictions = "preds.csv"
            """);
        using (var project = ZenoProject.Open(ConfigLoader.Load(folder.ConfigPath)))
        {
            await project.RunPipelineAsync();
            Assert.Equal(ColumnType.Nominal, Type(project, "tier"));
            // Overwrite what the first profile saved: a reopened project must answer from the store, not profile.
            project.Store.Write(connection => ZenoStore.Execute(connection,
                "UPDATE zeno_meta SET value = 'Continuous' WHERE key LIKE 'measure.%'"));
        }
        using (var reopened = ZenoProject.Open(ConfigLoader.Load(folder.ConfigPath)))
            Assert.Equal(ColumnType.Continuous, Type(reopened, "tier"));
    }

    private static ColumnType Type(ZenoProject project, string column) =>
        new HistogramEngine(project.EvaluationContext(), new HistogramCache()).Columns("file").Single(c => c.Name == column).Type;
}
