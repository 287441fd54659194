using System.Xml.Linq;
using Zeno.Core.Query.Tests;

namespace Zeno.Core.Tests.Query.Tests;

public sealed class JUnitWriterTests
{
    private static readonly Expectation Above70 = Expectation.Parse("> 0.7");

    [Fact]
    public void Counts_tests_failures_and_errors_on_suites_and_suite()
    {
        var outcomes = TestEvaluator.Evaluate("quiet audio", "quiet", "accuracy", Above70, [("v1", 0.62), ("v2", 0.75), ("v3", null)])
            .Append(new TestOutcome("loud", "loud", "loudness", "v3", null, Above70) { Error = "Metric 'loudness' threw" });

        var xml = Write(outcomes);

        foreach (var element in new[] { xml.Root!, xml.Root!.Element("testsuite")! })
        {
            Assert.Equal("4", element.Attribute("tests")!.Value);
            Assert.Equal("2", element.Attribute("failures")!.Value);
            Assert.Equal("1", element.Attribute("errors")!.Value);
        }
        Assert.Equal("testsuites", xml.Root.Name.LocalName);
    }

    [Fact]
    public void Each_case_is_classed_by_test_and_named_by_model_with_the_reason_it_failed()
    {
        var xml = Write(TestEvaluator.Evaluate("quiet audio", "quiet", "accuracy", Above70, [("v1", 0.62), ("v2", 0.75), ("v3", null)]));

        var cases = xml.Descendants("testcase").ToList();
        Assert.All(cases, c => Assert.Equal("quiet audio", c.Attribute("classname")!.Value));
        Assert.Equal(["v1", "v2", "v3"], cases.Select(c => c.Attribute("name")!.Value));
        Assert.Equal("value 0.62 does not satisfy > 0.7", cases[0].Element("failure")!.Attribute("message")!.Value);
        Assert.Contains("slice 'quiet'", cases[0].Element("failure")!.Value);
        Assert.Empty(cases[1].Elements());
        Assert.Equal("value undefined (empty slice?)", cases[2].Element("failure")!.Attribute("message")!.Value);
    }

    [Fact]
    public void An_error_is_written_as_an_error_not_a_failure()
    {
        var xml = Write([new TestOutcome("t", "s", "loudness", "m", null, Above70) { Error = "it threw" }]);

        var testcase = Assert.Single(xml.Descendants("testcase"));
        Assert.Null(testcase.Element("failure"));
        Assert.Equal("it threw", testcase.Element("error")!.Attribute("message")!.Value);
    }

    [Fact]
    public void No_outcomes_make_an_empty_but_valid_report()
    {
        var xml = Write([]);

        Assert.Equal("0", xml.Root!.Attribute("tests")!.Value);
        Assert.Empty(xml.Descendants("testcase"));
    }

    [Fact]
    public void Names_with_markup_characters_survive_the_round_trip()
    {
        var xml = Write(TestEvaluator.Evaluate("a < b & \"c\"", "s", "m", Above70, [("<model>", 0.1)]));

        var testcase = Assert.Single(xml.Descendants("testcase"));
        Assert.Equal("a < b & \"c\"", testcase.Attribute("classname")!.Value);
        Assert.Equal("<model>", testcase.Attribute("name")!.Value);
    }

    [Fact]
    public void The_writer_is_left_open_for_the_caller()
    {
        using var writer = new StringWriter();

        JUnitWriter.Write(writer, [], "project");
        writer.Write("<!-- still open -->");

        Assert.EndsWith("<!-- still open -->", writer.ToString());
        Assert.Contains("name=\"project\"", writer.ToString());
    }

    private static XDocument Write(IEnumerable<TestOutcome> outcomes)
    {
        using var writer = new StringWriter();
        JUnitWriter.Write(writer, outcomes);
        return XDocument.Parse(writer.ToString());
    }
}
