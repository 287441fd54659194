using Zeno.Tests.Support;

namespace Zeno.Cli.Tests.Commands;

/// <summary>A `zeno run` killed mid-way resumes from its committed partitions and ends with the same results.</summary>
public sealed class ResumeTests
{
    // Each batch takes a moment, so the run is still going when the test kills it after the first commit.
    private const string SlowDistill = """
        public static class Fns
        {
            [Distill("letters")]
            public static DistillReturn Letters(DataFrame batch, ZenoOptions options)
            {
                Thread.Sleep(150);
                return new(batch.Columns[options.DataColumn!].Cast<string>().Select(t => (long)t.Count(char.IsLetter)).ToArray());
            }
        }
        """;

    private const string Config = """
        data = "data.csv"
        id_column = "id"
        data_column = "text"
        label_column = "label"
        functions = "functions"
        batch_size = 5
        partition_rows = 40
        parallelism = 1

        [[models]]
        name = "m"
        output_column = "guess"

        [[metrics]]
        name = "accuracy"
        type = "accuracy"

        [[slices]]
        name = "long"
        filter = 'letters > 12'
        """;

    private static TempProject Project()
    {
        var random = new Random(11);
        var project = new TempProject();
        project.WriteCsv("data.csv", ["id", "text", "label", "guess"], Enumerable.Range(0, 200).Select(i => new object?[]
        {
            $"r{i}", new string('a', random.Next(1, 25)) + " x", random.Next(2) == 0 ? "a" : "b", random.Next(2) == 0 ? "a" : "b",
        }));
        project.Write("zeno.toml", Config).Write("functions/Fns.cs", SlowDistill);
        return project;
    }

    [Fact]
    public void A_killed_run_resumes_where_it_stopped_and_matches_an_uninterrupted_run()
    {
        using var uninterrupted = Project();
        var reference = ZenoProcess.Run(uninterrupted.Root, "run", "zeno.toml", "--json", "out.json");
        Assert.True(reference.ExitCode == 0, reference.All);
        Assert.Contains("distill letters: computing 5 of 5 partitions", reference.Output, StringComparison.Ordinal);

        using var killed = Project();
        using (var process = ZenoProcess.Start(killed.Root, "run", "zeno.toml"))
        {
            string? line;
            while ((line = process.StandardOutput.ReadLine()) is not null && !line.Contains("1/5 partitions committed", StringComparison.Ordinal))
            {
            }
            Assert.True(line is not null, "the run ended before its first partition was committed");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        var resumed = ZenoProcess.Run(killed.Root, "run", "zeno.toml", "--json", "out.json");
        Assert.True(resumed.ExitCode == 0, resumed.All);
        // At least the partition seen committed was kept; the rest was computed now.
        Assert.Matches(@"distill letters: computing [1-4] of 5 partitions", resumed.Output);
        Assert.Equal(
            File.ReadAllText(Path.Combine(uninterrupted.Root, "out.json")),
            File.ReadAllText(Path.Combine(killed.Root, "out.json")));
    }
}
