using System.Globalization;
using System.Xml;

namespace Zeno.Core.Query.Tests;

/// <summary>
/// Writes behavioral test outcomes as JUnit XML, which CI servers (GitHub Actions, GitLab, Jenkins, Azure DevOps) show
/// as test results: one <c>testcase</c> per (test, model) with <c>classname</c> = test and <c>name</c> = model.
/// </summary>
public static class JUnitWriter
{
    /// <summary>Writes <c>testsuites/testsuite/testcase</c> with <c>tests</c>/<c>failures</c>/<c>errors</c> counts; leaves the writer open.</summary>
    public static void Write(TextWriter output, IEnumerable<TestOutcome> outcomes, string suiteName = "zeno")
    {
        var all = outcomes.ToList();
        var errors = all.Count(o => o.Error is not null);
        var failures = all.Count(o => !o.Passed && o.Error is null);

        var settings = new XmlWriterSettings { Indent = true, CloseOutput = false };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        WriteCounts(xml, suiteName, all.Count, failures, errors);
        xml.WriteStartElement("testsuite");
        WriteCounts(xml, suiteName, all.Count, failures, errors);
        xml.WriteAttributeString("skipped", "0");
        foreach (var outcome in all) WriteCase(xml, outcome);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteCounts(XmlWriter xml, string name, int tests, int failures, int errors)
    {
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", errors.ToString(CultureInfo.InvariantCulture));
    }

    private static void WriteCase(XmlWriter xml, TestOutcome outcome)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", outcome.Test);
        xml.WriteAttributeString("name", outcome.Model);
        if (!outcome.Passed)
        {
            // <error> when the value could not be computed, <failure> when it was and missed the expectation.
            var isError = outcome.Error is not null;
            xml.WriteStartElement(isError ? "error" : "failure");
            xml.WriteAttributeString("message", isError ? outcome.Error : outcome.FailureMessage);
            xml.WriteAttributeString("type", isError ? "MetricError" : "ExpectationFailed");
            xml.WriteString(Details(outcome));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    // The body repeats everything a reader needs without opening the config: what was measured, where, and against what.
    private static string Details(TestOutcome o) =>
        $"{o.Metric} of model '{o.Model}' on slice '{o.Slice}' is {o.ValueText}; expected {o.Expectation}."
        + (o.Error is null ? "" : $" Error: {o.Error}");
}
