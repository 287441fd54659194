using System.Xml.Linq;
using Zeno.Tests.Support;

namespace Zeno.Cli.Tests.Commands;

/// <summary>The CI gate on the real demo: it fails on the demo's finding, and passes once zeno.toml expects what the models do.</summary>
public sealed class DemoGateTests
{
    // The checkout's examples folder: the first folder above the test binaries that holds Zeno.slnx.
    private static string Demo
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Zeno.slnx")))
                folder = folder.Parent;
            return Path.Combine(folder?.FullName ?? throw new DirectoryNotFoundException("no Zeno.slnx above the tests"), "examples", "spam-filter");
        }
    }

    [Fact]
    public void The_demo_fails_the_gate_until_its_expectations_are_met()
    {
        using var project = new TempProject().CopyFrom(Demo);

        var failing = ZenoProcess.Run(project.Root, TimeSpan.FromMinutes(5), "test", "zeno.toml", "--junit", "results.xml", "--markdown", "summary.md");

        Assert.True(failing.ExitCode == 1, failing.All);
        Assert.Contains("hard ham is as safe as the rest", File.ReadAllText(Path.Combine(project.Root, "summary.md")), StringComparison.Ordinal);
        JUnitSchema.Validate(XDocument.Load(Path.Combine(project.Root, "results.xml")));

        // Lower the two expectations the models miss (hard ham ≈ 78% for the latest model; many links ≈ 72% for nb-100).
        var toml = File.ReadAllText(project.ConfigPath)
            .Replace("expect = \">= 90%\"", "expect = \">= 70%\"", StringComparison.Ordinal)
            .Replace("expect = \">= 80%\"", "expect = \">= 70%\"", StringComparison.Ordinal);
        project.Write("zeno.toml", toml);

        var passing = ZenoProcess.Run(project.Root, TimeSpan.FromMinutes(5), "test", "zeno.toml", "--junit", "results.xml", "--markdown", "summary.md");

        Assert.True(passing.ExitCode == 0, passing.All);
        Assert.Contains(" 0 failed", passing.Output, StringComparison.Ordinal);
        Assert.StartsWith("## ✅ Zeno: all", File.ReadAllText(Path.Combine(project.Root, "summary.md")), StringComparison.Ordinal);
        var suite = XDocument.Load(Path.Combine(project.Root, "results.xml")).Descendants("testsuite").Single();
        Assert.Equal("0", suite.Attribute("failures")!.Value);
    }
}
