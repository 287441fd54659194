using System.Globalization;

namespace Zeno.Core.Query.Tests;

/// <summary>Metric values as people read them in test reports: short, but never misleading about pass or fail.</summary>
internal static class ValueFormat
{
    public const string Undefined = "undefined";

    public static string Format(double? value, Expectation expectation)
    {
        if (value is not { } v) return Undefined;
        var shortText = v.ToString("G6", CultureInfo.InvariantCulture);
        // 0.6999999 rounds to "0.7"; printed next to ">= 0.7" a failure would look like a pass. Then print every digit.
        var shortValue = double.Parse(shortText, CultureInfo.InvariantCulture);
        return expectation.Evaluate(shortValue) == expectation.Evaluate(v)
            ? shortText
            : v.ToString("R", CultureInfo.InvariantCulture);
    }
}
