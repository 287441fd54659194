using System.Globalization;

namespace Zeno.Cli.Output;

/// <summary>How a metric value reads on screen: 4 significant digits, and "–" for undefined (never 0).</summary>
internal static class MetricText
{
    public const string Undefined = "–";

    public static string Format(double? value) =>
        value is { } number ? number.ToString("0.####", CultureInfo.InvariantCulture) : Undefined;
}
