using System.Xml.Linq;
using Zeno.Core.State;
using Zeno.Tests.Support;

namespace Zeno.Cli.Tests.Commands;

/// <summary>`zeno test` gates on the tests saved in reports from the UI too, and writes JUnit and Markdown for CI.</summary>
public sealed class ReportGateTests
{
    [Fact]
    public void A_report_test_saved_through_the_state_service_is_picked_up_and_can_fail_the_gate()
    {
        using var project = GateProject.Create();
        GateProject.SaveReport(project, "Quality", "", ">= 80%", state => state.CreateSlice(new SliceDraft("kind x (ui)", "kind == \"x\"", null)).Id);

        var result = ZenoProcess.Run(project.Root, "test", "zeno.toml", "--junit", "results.xml", "--markdown", "summary.md");

        Assert.True(result.ExitCode == 1, result.All);
        Assert.Contains("Quality: kind x (ui) accuracy", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 passed, 1 failed", result.Output, StringComparison.Ordinal);
        var junit = XDocument.Load(Path.Combine(project.Root, "results.xml"));
        JUnitSchema.Validate(junit);
        var failing = Assert.Single(junit.Descendants("testcase"), c => c.Element("failure") is not null);
        Assert.Equal("Quality: kind x (ui) accuracy", failing.Attribute("classname")!.Value);
        var markdown = File.ReadAllText(Path.Combine(project.Root, "summary.md"));
        Assert.StartsWith("## ❌ Zeno: 1 of 2 behavioral checks did not pass", markdown, StringComparison.Ordinal);
        Assert.True(markdown.IndexOf("| ❌ | Quality", StringComparison.Ordinal) < markdown.IndexOf("| ✅ | overall", StringComparison.Ordinal),
            "failing tests come first: " + markdown);
    }

    [Fact]
    public void A_met_report_test_passes_the_gate()
    {
        using var project = GateProject.Create();
        GateProject.SaveReport(project, "Quality", "config:kind x", ">= 50%");

        var result = ZenoProcess.Run(project.Root, "test", "zeno.toml");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("2 passed, 0 failed", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_test_whose_slice_left_zeno_toml_is_an_error_not_skipped()
    {
        using var project = GateProject.Create();
        GateProject.SaveReport(project, "Quality", "config:kind x", ">= 50%");
        var toml = File.ReadAllText(project.ConfigPath);
        project.Write("zeno.toml", toml.Replace("name = \"kind x\"", "name = \"kind X\"", StringComparison.Ordinal));

        var result = ZenoProcess.Run(project.Root, "test", "zeno.toml", "--junit", "results.xml");

        Assert.True(result.ExitCode == 2, result.All);
        Assert.Contains("slice 'kind x' is no longer in zeno.toml", result.All, StringComparison.Ordinal);
        Assert.Contains("1 passed, 0 failed, 1 errors", result.Output, StringComparison.Ordinal);
        var junit = XDocument.Load(Path.Combine(project.Root, "results.xml"));
        JUnitSchema.Validate(junit);
        Assert.Single(junit.Descendants("error"));
    }
}
