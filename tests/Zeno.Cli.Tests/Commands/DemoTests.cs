using System.Text.Json;
using Zeno.Tests.Support;

namespace Zeno.Cli.Tests.Commands;

/// <summary>The built-in demo runs from the embedded copy and shows its finding.</summary>
public sealed class DemoTests
{
    [Fact]
    public void The_demo_runs_and_hard_ham_is_misclassified_far_more_often_than_easy_ham()
    {
        using var folder = new TempProject();
        var demo = ZenoProcess.Run(folder.Root, TimeSpan.FromMinutes(5), "demo", "--dir", "demo", "--no-serve");
        Assert.True(demo.ExitCode == 0, demo.All);
        Assert.Contains("hard ham", demo.Output, StringComparison.Ordinal);

        var run = ZenoProcess.Run(Path.Combine(folder.Root, "demo"), "run", "zeno.toml", "--json", "out.json");
        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("fully cached, 0 partitions computed", run.Output, StringComparison.Ordinal);

        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Root, "demo", "out.json"))).RootElement;
        var latest = json.GetProperty("models").EnumerateArray().Last().GetString()!;
        double Accuracy(string slice) => json.GetProperty("slices").EnumerateArray()
            .Single(s => s.GetProperty("name").GetString() == slice).GetProperty("metrics").GetProperty(latest).GetProperty("accuracy").GetDouble();
        Assert.True(Accuracy("hard ham") < Accuracy("easy ham") - 0.1, $"hard ham {Accuracy("hard ham")}, easy ham {Accuracy("easy ham")}");

        // The demo's behavioral tests include the failing finding, so the gate says 1.
        Assert.Equal(1, ZenoProcess.Run(Path.Combine(folder.Root, "demo"), "test", "zeno.toml").ExitCode);
    }
}
