using Zeno.Core.Pipeline;
using Zeno.Core.Project;
using Zeno.Core.Config;

namespace Zeno.Core.Tests.Pipeline;

/// <summary>Without partition_rows, a table is split into eight partitions (of 256 rows at least, one row group at most).</summary>
public sealed class PartitionSizeTests
{
    [Theory]
    [InlineData(0, 256)]
    [InlineData(50, 256)]
    [InlineData(2_048, 256)]
    [InlineData(2_049, 257)]
    [InlineData(3_000, 375)]
    [InlineData(100_000, 12_500)]
    [InlineData(983_040, 122_880)]
    [InlineData(983_041, 122_880)]
    [InlineData(10_000_000, 122_880)]
    public void Rows_per_partition_by_table_size(long rows, int expected) => Assert.Equal(expected, PartitionSize.Automatic(rows));

    [Fact]
    public async Task A_small_project_without_partition_rows_runs_in_partitions_side_by_side()
    {
        // 3,000 rows: eight partitions of 375. The distill waits until a second partition runs beside the first, which
        // a project of one partition never would.
        const string functions = """
            public static class Fns
            {
                static int _running;
                static bool _alone;
                static readonly System.Threading.ManualResetEventSlim Together = new();

                [Distill("length")]
                public static DistillReturn Length(DataFrame batch, ZenoOptions options)
                {
                    if (System.Threading.Interlocked.Increment(ref _running) >= 2)
                        Together.Set();
                    try
                    {
                        // Once one call waited in vain, every call fails at once (the retries row by row too).
                        if (_alone || !Together.Wait(TimeSpan.FromSeconds(10)))
                        {
                            _alone = true;
                            throw new InvalidOperationException("no other partition ran beside this one");
                        }
                        return new(batch.Columns[options.DataColumn!].Cast<string>().Select(t => (long)t.Length).ToArray());
                    }
                    finally
                    {
                        System.Threading.Interlocked.Decrement(ref _running);
                    }
                }
            }
            """;
        using var folder = new Zeno.Tests.Support.TempProject();
        folder.WriteCsv("data.csv", ["id", "text"], Enumerable.Range(0, 3000).Select(i => new object?[] { $"e{i:D4}", new string('x', i % 17 + 1) }));
        folder.Write("zeno.toml", """
            data = "data.csv"
            id_column = "id"
            data_column = "text"
            functions = "functions"
            batch_size = 1000
            parallelism = 2
            """).Write("functions/Fns.cs", functions);
        using var project = ZenoProject.Open(ConfigLoader.Load(folder.ConfigPath));

        var result = await project.RunPipelineAsync();

        var step = Assert.Single(result.Steps);
        Assert.Equal(8, step.Computed);
        Assert.Empty(step.Failures);
    }
}
