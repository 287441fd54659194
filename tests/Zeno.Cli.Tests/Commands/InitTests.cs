using Zeno.Tests.Support;

namespace Zeno.Cli.Tests.Commands;

/// <summary>`zeno init` turns a table into a working project without any editing.</summary>
public sealed class InitTests
{
    [Fact]
    public void Init_guesses_the_roles_and_the_written_project_runs()
    {
        using var project = new TempProject();
        project.WriteCsv("reviews.csv", ["review_id", "text", "label", "pred_bert", "pred_lstm", "stars"],
            Enumerable.Range(0, 60).Select(i => new object?[]
            {
                $"id{i}", $"this product is {(i % 3 == 0 ? "great and I love it" : "not what I expected at all")} number {i}",
                i % 3 == 0 ? "positive" : "negative", i % 4 == 0 ? "positive" : "negative", i % 3 == 0 ? "positive" : "negative", 1 + i % 5,
            }));

        var init = ZenoProcess.Run(project.Root, "init", "reviews.csv");
        Assert.True(init.ExitCode == 0, init.All);
        var config = File.ReadAllText(project.ConfigPath);
        Assert.Contains("id_column = \"review_id\"", config, StringComparison.Ordinal);
        Assert.Contains("data_column = \"text\"", config, StringComparison.Ordinal);
        Assert.Contains("label_column = \"label\"", config, StringComparison.Ordinal);
        Assert.Contains("name = \"bert\"", config, StringComparison.Ordinal);
        Assert.Contains("output_column = \"pred_lstm\"", config, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(project.Root, "functions", "ExampleFunctions.cs")));

        var run = ZenoProcess.Run(project.Root, "run", "zeno.toml", "--json", "out.json");
        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("\"lstm\": {", File.ReadAllText(Path.Combine(project.Root, "out.json")), StringComparison.Ordinal);

        var again = ZenoProcess.Run(project.Root, "init", "reviews.csv");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("--force", again.Error, StringComparison.Ordinal);
    }
}
