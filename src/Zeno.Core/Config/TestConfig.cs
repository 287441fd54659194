using Zeno.Core.Errors;

namespace Zeno.Core.Config;

/// <summary>One <c>[[tests]]</c> entry: a behavioral unit test — an expectation on a metric over a slice.</summary>
public sealed record TestConfig(string Name, string Slice, string Metric, string Expect, SourceLocation Location)
{
    /// <summary>Which models the test applies to.</summary>
    public TestModels Models { get; init; } = TestModels.Latest;

    /// <summary>Where the <c>expect</c> value is written, so expectation syntax errors can point at it.</summary>
    public SourceLocation ExpectLocation { get; init; }
}

/// <summary>The models a test applies to: "latest" (last in config order), "all", or a list of names.</summary>
public sealed record TestModels(TestModelsKind Kind, IReadOnlyList<string> Names)
{
    /// <summary>Only the last model in config order.</summary>
    public static TestModels Latest { get; } = new(TestModelsKind.Latest, []);

    /// <summary>Every model.</summary>
    public static TestModels All { get; } = new(TestModelsKind.All, []);
}

/// <summary>How a test's <c>models</c> key was given.</summary>
public enum TestModelsKind
{
    /// <summary>"latest".</summary>
    Latest,
    /// <summary>"all".</summary>
    All,
    /// <summary>A list of model names.</summary>
    List,
}
