using System.Globalization;

namespace Zeno.Reports.Charts;

/// <summary>How numbers read on a chart: ticks with as many decimals as their step needs, values with three significant digits or one decimal of a percent.</summary>
internal static class ValueFormat
{
    public const string Missing = "—";

    /// <summary>A tick label: "40%", "0.25", "1,500".</summary>
    public static string Tick(double value, double step, bool percent)
    {
        if (percent) (value, step) = (value * 100, step * 100);
        if (Math.Abs(value) < step * 1e-6) value = 0; // never "-0"
        // The fewest decimals that write the step exactly (0.25 → 2), so neighbouring ticks never read the same.
        var decimals = 0;
        while (decimals < 6 && Math.Abs(Math.Round(step, decimals) - step) > step * 1e-6) decimals++;
        return value.ToString("N" + decimals, CultureInfo.InvariantCulture) + (percent ? "%" : "");
    }

    /// <summary>A value label: "87.5%", "0.875", "12.35", "1,234"; "—" for a missing value.</summary>
    public static string Value(double? value, bool percent)
    {
        if (value is not { } v || !double.IsFinite(v)) return Missing;
        if (percent) return (v * 100).ToString("N1", CultureInfo.InvariantCulture) + "%";
        var magnitude = Math.Abs(v);
        var decimals = magnitude >= 1000 ? 0 : magnitude >= 100 ? 1 : magnitude >= 10 ? 2 : 3;
        return v.ToString("N" + decimals, CultureInfo.InvariantCulture);
    }

    /// <summary>An instance count: "n=120", "n=4,512", "n=12.3k", "n=4.1M".</summary>
    public static string Size(long size) => "n=" + (size switch
    {
        >= 999_950 => (size / 1e6).ToString("0.#", CultureInfo.InvariantCulture) + "M",
        >= 10_000 => (size / 1e3).ToString("0.#", CultureInfo.InvariantCulture) + "k",
        _ => size.ToString("N0", CultureInfo.InvariantCulture),
    });
}
