using System.Globalization;
using System.Text;

namespace Zeno.Core.Query.Tests;

/// <summary>
/// Test outcomes as a Markdown summary for a pull-request comment (<c>zeno test --markdown</c>): a headline with the
/// counts, one table row per test with ✅/❌ (and ⚠️ for errors) per model, failing tests first, then why each failed.
/// Icons always come with a value or a word, so the verdict does not depend on seeing colour.
/// </summary>
public static class TestMarkdown
{
    /// <summary>The summary of <paramref name="outcomes"/>; <paramref name="models"/> orders the columns (config order).</summary>
    public static string Write(IReadOnlyList<TestOutcome> outcomes, IReadOnlyList<string> models, string projectName)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(models);
        var text = new StringBuilder();
        var counts = TestCounts.Of(outcomes);
        text.Append(Headline(counts)).Append("\n\n");
        text.Append(CultureInfo.InvariantCulture, $"**{Cell(projectName)}** · {counts.Passed} passed · {counts.Failed} failed · {counts.Errors} {(counts.Errors == 1 ? "error" : "errors")} (one check per test and model)\n\n");
        if (outcomes.Count == 0)
            return text.Append("No behavioral tests are defined: add `[[tests]]` to zeno.toml or tests to a report.\n").ToString();

        var columns = models.Where(model => outcomes.Any(o => o.Model == model))
            .Concat(outcomes.Select(o => o.Model).Where(model => !models.Contains(model)).Distinct()).ToList();
        var tests = outcomes.GroupBy(o => o.Test).OrderBy(test => test.All(o => o.Passed) ? 1 : 0).ToList();
        text.Append("| | test | slice | metric | expect |").AppendJoin("", columns.Select(model => $" {Cell(model)} |")).Append('\n');
        text.Append("|---|---|---|---|---|").AppendJoin("", columns.Select(_ => "---:|")).Append('\n');
        foreach (var test in tests)
        {
            var first = test.First();
            text.Append(CultureInfo.InvariantCulture,
                $"| {(test.All(o => o.Passed) ? "✅" : "❌")} | {Cell(first.Test)} | {Cell(first.Slice)} | {Cell(first.Metric)} | {Cell(first.Expectation.ToString())} |");
            foreach (var model in columns)
                text.Append(test.FirstOrDefault(o => o.Model == model) is { } outcome ? $" {Mark(outcome)} |" : " |");
            text.Append('\n');
        }

        var failures = outcomes.Where(o => !o.Passed).ToList();
        if (failures.Count > 0)
        {
            text.Append("\n**Not passing**\n\n");
            foreach (var outcome in failures)
                text.Append(CultureInfo.InvariantCulture,
                    $"- {(outcome.Error is null ? "❌" : "⚠️")} **{Cell(outcome.Test)}** · {Cell(outcome.Model)}: {Cell(outcome.FailureMessage ?? "")}\n");
        }
        return text.ToString();
    }

    private static string Headline(TestCounts counts) =>
        counts.Total == 0 ? "## Zeno: no behavioral tests"
        : counts.NotPassed == 0 ? $"## ✅ Zeno: all {counts.Total} behavioral checks passed"
        : $"## ❌ Zeno: {counts.NotPassed} of {counts.Total} behavioral checks did not pass";

    private static string Mark(TestOutcome outcome) =>
        outcome.Error is not null ? "⚠️ error" : $"{(outcome.Passed ? "✅" : "❌")} {outcome.ValueText}";

    // A table cell cannot hold a pipe or a line break; inline HTML is left to GitHub's sanitiser but '<' is escaped anyway.
    private static string Cell(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
