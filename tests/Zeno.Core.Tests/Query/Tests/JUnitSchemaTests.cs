using System.Xml.Linq;
using Zeno.Core.Query.Tests;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Query.Tests;

public sealed class JUnitSchemaTests
{
    [Fact]
    public void Passes_failures_and_errors_validate_against_the_junit_schema()
    {
        var expectation = Expectation.Parse("> 0.7");
        var outcomes = TestEvaluator.Evaluate("quiet <audio> & \"more\"", "quiet", "accuracy", expectation, [("v1", 0.62), ("v2", 0.75), ("v3", null)])
            .Append(new TestOutcome("loud", "loud", "loudness", "v3", null, expectation) { Error = "slice 'loud' was deleted" });
        using var text = new StringWriter();

        JUnitWriter.Write(text, outcomes, "spam & ham");

        JUnitSchema.Validate(XDocument.Parse(text.ToString()));
    }
}
