using System.Globalization;
using Zeno.Reports.Snapshot;

namespace Zeno.Reports.Documents;

/// <summary>
/// How a report's numbers and verdicts read in every document format, in one place so HTML and PDF agree: values as
/// percentages or 3–4 significant digits, "–" for undefined (never 0), and verdicts as an icon plus a word, so pass
/// and fail never depend on seeing colour.
/// </summary>
internal static class ReportText
{
    public const string Undefined = "–";

    /// <summary>"93.1%", "0.123", "12.35", "1,234"; "–" when undefined.</summary>
    public static string Value(double? value, bool percent)
    {
        if (value is not { } v || !double.IsFinite(v))
            return Undefined;
        if (percent)
            return (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
        var magnitude = Math.Abs(v);
        return magnitude >= 1000 ? v.ToString("N0", CultureInfo.InvariantCulture)
            : magnitude >= 10 ? v.ToString("0.##", CultureInfo.InvariantCulture)
            : v.ToString("0.####", CultureInfo.InvariantCulture);
    }

    /// <summary>An instance count with thousands separators; "–" when unknown.</summary>
    public static string Size(long? size) => size is { } n ? n.ToString("N0", CultureInfo.InvariantCulture) : Undefined;

    /// <summary>The snapshot's moment as people read it in a header: "2026-11-29 12:00 UTC".</summary>
    public static string Date(DateTimeOffset moment) => moment.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The icon of a verdict: ✓ pass, ✗ fail, ! error.</summary>
    public static string Icon(SnapshotTestResult result) => result.Error is not null ? "!" : result.Passed ? "✓" : "✗";

    /// <summary>The word of a verdict, which always accompanies the icon.</summary>
    public static string Word(SnapshotTestResult result) => result.Error is not null ? "error" : result.Passed ? "pass" : "FAIL";

    /// <summary>The marker symbol of a trend warning: ▼ for a regression, ≈ for volatility.</summary>
    public static string Symbol(TrendMarkerKind kind) => kind == TrendMarkerKind.Regression ? "▼" : "≈";

    /// <summary>The marker's word.</summary>
    public static string Word(TrendMarkerKind kind) => kind == TrendMarkerKind.Regression ? "regression" : "volatile";

    /// <summary>The rules behind the trend markers, in one sentence each (the README's "Trends across model versions").</summary>
    public const string MarkerRules =
        "▼ regression: the least-squares slope across the models points the bad way, its two-sided p-value (Student's t) is below 0.05, " +
        "and the fitted change is at least 1% of the metric's scale. ≈ volatile: the residual standard deviation around that line is at least 5% of the scale.";

    /// <summary>The filter of a slice as shown: the filter-language text, or a phrase for every instance.</summary>
    public static string Filter(SnapshotSlice slice) =>
        slice.Missing ? "(this slice no longer exists)" : slice.Filter.Length == 0 ? "(every instance)" : slice.Filter;

    /// <summary>A one-line summary of the test verdicts, e.g. "2 tests · 1 failing for the latest model (v3) · 4 of 6 checks passed".</summary>
    public static string TestSummary(ReportSnapshot snapshot)
    {
        var counts = snapshot.Counts;
        if (counts.Tests == 0)
            return "No behavioral tests in this report.";
        var latest = snapshot.LatestModel is { } model ? $" ({model})" : "";
        return $"{counts.Tests} {(counts.Tests == 1 ? "test" : "tests")} · {counts.FailingLatest} failing for the latest model{latest} · " +
               $"{counts.Passed} of {counts.Checks} checks passed" + (counts.Errors > 0 ? $" · {counts.Errors} could not be evaluated" : "");
    }
}
