using System.Text.Json;

namespace Zeno.Cli.Tests.Commands;

/// <summary>`zeno export`: a saved report as PDF, HTML and JSON, headless; clear errors for a wrong name or no output.</summary>
public sealed class ExportTests
{
    [Fact]
    public void A_saved_report_exports_to_pdf_html_and_json()
    {
        using var project = GateProject.Create();
        GateProject.SaveReport(project, "Quality review", "config:kind x", ">= 80%");

        var result = ZenoProcess.Run(project.Root, "export", "zeno.toml", "--report", "Quality review", "--pdf", "q.pdf", "--html", "q.html", "--json", "q.json");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.StartsWith("%PDF-", File.ReadAllText(Path.Combine(project.Root, "q.pdf")), StringComparison.Ordinal);
        Assert.Contains("Quality review", File.ReadAllText(Path.Combine(project.Root, "q.html")), StringComparison.Ordinal);
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(project.Root, "q.json"))).RootElement;
        Assert.Equal("Quality review", json.GetProperty("report").GetString());
        Assert.Equal("gate", json.GetProperty("project").GetString());
        // kind x: 1 of 2 right.
        Assert.Equal(0.5, json.GetProperty("slices")[0].GetProperty("cells")[0].GetProperty("values").GetProperty("accuracy").GetDouble());
        Assert.Equal(1, json.GetProperty("counts").GetProperty("failingLatest").GetInt32());
        Assert.Contains("1 of 1 tests failing for the latest model", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_report_exits_2_and_lists_the_reports()
    {
        using var project = GateProject.Create();
        GateProject.SaveReport(project, "Quality review", "config:kind x", ">= 80%");

        var result = ZenoProcess.Run(project.Root, "export", "zeno.toml", "--report", "Quality reveiw", "--pdf", "q.pdf");

        Assert.True(result.ExitCode == 2, result.All);
        Assert.Contains("no report named 'Quality reveiw' (did you mean 'Quality review'?)", result.Error, StringComparison.Ordinal);
        Assert.Contains("Reports: 'Quality review'", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(project.Root, "q.pdf")));
    }

    [Fact]
    public void Without_an_output_or_a_report_the_command_says_what_to_add()
    {
        using var project = GateProject.Create();

        var noOutput = ZenoProcess.Run(project.Root, "export", "zeno.toml", "--report", "Quality");
        var noReport = ZenoProcess.Run(project.Root, "export", "zeno.toml", "--pdf", "q.pdf");

        Assert.Equal(2, noOutput.ExitCode);
        Assert.Contains("--pdf FILE, --html FILE and/or --json FILE", noOutput.All, StringComparison.Ordinal);
        Assert.Equal(2, noReport.ExitCode);
        Assert.Contains("--report NAME", noReport.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_describes_the_options()
    {
        var help = ZenoProcess.Run(Path.GetTempPath(), "export", "--help");

        Assert.Equal(0, help.ExitCode);
        foreach (var option in new[] { "--report", "--pdf", "--html", "--json" })
            Assert.Contains(option, help.Output, StringComparison.Ordinal);
    }
}
