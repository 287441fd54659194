using Zeno.Core.Config;
using Zeno.Core.Errors;

namespace Zeno.Core.Query.Tests;

/// <summary>Applies a behavioral test's expectation to metric values the engine computed, one outcome per model.</summary>
public static class TestEvaluator
{
    /// <summary>One outcome per (model, value), in the order given.</summary>
    public static IReadOnlyList<TestOutcome> Evaluate(
        string test, string slice, string metric, Expectation expectation, IEnumerable<(string Model, double? Value)> values) =>
        [.. values.Select(v => new TestOutcome(test, slice, metric, v.Model, v.Value, expectation))];

    /// <summary>One outcome per (model, value) for a configured test.</summary>
    /// <exception cref="ConfigException">The test's <c>expect</c> is not a valid expectation.</exception>
    public static IReadOnlyList<TestOutcome> Evaluate(TestConfig test, IEnumerable<(string Model, double? Value)> values) =>
        Evaluate(test.Name, test.Slice, test.Metric, ExpectationOf(test), values);

    /// <summary>
    /// The test's parsed <c>expect</c>. A syntax error is reported at its character in the config file: the value's
    /// opening quote plus the error's column (exact for strings without escapes), or the test's table when the
    /// value's place is unknown.
    /// </summary>
    /// <exception cref="ConfigException">The test's <c>expect</c> is not a valid expectation.</exception>
    public static Expectation ExpectationOf(TestConfig test)
    {
        try
        {
            return Expectation.Parse(test.Expect);
        }
        catch (ExpectationSyntaxException e)
        {
            var at = test.ExpectLocation is { File: not null, Column: > 0 } value
                ? value with { Column = value.Column + e.Column }
                : test.Location;
            throw new ConfigException(at, "expect", $"test '{test.Name}': {e.Message}") { Hint = e.Hint };
        }
    }

    /// <summary>
    /// The models a saved test applies to, each with why it cannot be evaluated (null when it can): the last of
    /// <paramref name="models"/> ("latest"), all of them, or the ones named, in the order named. A named model that left
    /// zeno.toml is kept as an error rather than dropped, so a stale test is reported instead of silently passing; with
    /// no models at all there is one error outcome under the name <see cref="NoModel"/>.
    /// </summary>
    public static IReadOnlyList<(string Model, string? Problem)> ModelsOf(TestModels which, IReadOnlyList<string> models)
    {
        ArgumentNullException.ThrowIfNull(which);
        ArgumentNullException.ThrowIfNull(models);
        if (models.Count == 0)
            return [(NoModel, "the project declares no [[models]] to test")];
        return which.Kind switch
        {
            TestModelsKind.Latest => [(models[^1], null)],
            TestModelsKind.All => [.. models.Select(model => (model, (string?)null))],
            _ => [.. which.Names.Select(name => (name, models.Contains(name) ? null
                : (string?)$"model '{name}' is no longer in zeno.toml (models: {string.Join(", ", models)}); edit the test's models"))],
        };
    }

    /// <summary>The model name of the outcome of a test in a project without models.</summary>
    public const string NoModel = "(no model)";

    /// <summary>
    /// The models a test applies to, from the config's models in order: the last one ("latest"), all of them, or the
    /// ones named (in the order named).
    /// </summary>
    /// <exception cref="ConfigException">The config has no models, or the test names one it does not have.</exception>
    public static IReadOnlyList<string> ModelsOf(TestConfig test, IReadOnlyList<string> models)
    {
        if (models.Count == 0)
            throw new ConfigException(test.Location, "models", $"test '{test.Name}' needs a model, but the config declares none.");
        return test.Models.Kind switch
        {
            TestModelsKind.Latest => [models[^1]],
            TestModelsKind.All => models,
            _ => [.. test.Models.Names.Select(name => models.Contains(name)
                ? name
                : throw new ConfigException(test.Location, "models",
                    $"test '{test.Name}' names model '{name}', which is not declared; the models are: {string.Join(", ", models)}."))],
        };
    }
}
