using System.Xml.Linq;
using Zeno.Tests.Support;

namespace Zeno.Cli.Tests.Commands;

/// <summary>`zeno test` as a CI gate: exit 0 when every test passes, 1 when one fails; JUnit XML a CI server reads.</summary>
public sealed class TestGateTests
{
    private static TempProject Project(string expect)
    {
        var project = new TempProject();
        project.WriteCsv("data.csv", ["id", "label", "guess", "kind"],
        [
            ["a", "spam", "spam", "x"], ["b", "ham", "spam", "x"], ["c", "ham", "ham", "y"], ["d", "spam", "spam", "y"],
        ]);
        project.Write("zeno.toml", $$"""
            data = "data.csv"
            id_column = "id"
            label_column = "label"

            [[models]]
            name = "m"
            output_column = "guess"

            [[metrics]]
            name = "accuracy"
            type = "accuracy"

            [[slices]]
            name = "kind x"
            filter = 'kind == "x"'

            [[tests]]
            name = "x is handled"
            slice = "kind x"
            metric = "accuracy"
            expect = "{{expect}}"
            """);
        return project;
    }

    [Fact]
    public void A_failing_test_exits_1_and_is_a_failure_in_the_junit_file()
    {
        using var project = Project(">= 80%");
        var result = ZenoProcess.Run(project.Root, "test", "zeno.toml", "--junit", "results.xml");
        Assert.True(result.ExitCode == 1, result.All);
        Assert.Contains("0 passed, 1 failed", result.Output, StringComparison.Ordinal);
        var suite = XDocument.Load(Path.Combine(project.Root, "results.xml")).Descendants("testsuite").Single();
        Assert.Equal("1", suite.Attribute("tests")!.Value);
        Assert.Equal("1", suite.Attribute("failures")!.Value);
        var failure = suite.Descendants("testcase").Single().Element("failure");
        Assert.NotNull(failure);
        Assert.Contains("0.5", failure!.Attribute("message")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Once_the_expectation_is_met_the_gate_exits_0()
    {
        using var project = Project(">= 50%");
        var result = ZenoProcess.Run(project.Root, "test", "zeno.toml", "--junit", "results.xml");
        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("1 passed, 0 failed", result.Output, StringComparison.Ordinal);
        var testcase = XDocument.Load(Path.Combine(project.Root, "results.xml")).Descendants("testcase").Single();
        Assert.Null(testcase.Element("failure"));
    }
}
