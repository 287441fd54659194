using System.Globalization;

namespace Sensors;

/// <summary>A series file: a CSV with a header and two columns, t and value.</summary>
public static class Series
{
    public static double[] Read(string path) =>
        File.ReadLines(path).Skip(1).Where(line => line.Length > 0)
            .Select(line => double.Parse(line.Split(',')[1], CultureInfo.InvariantCulture)).ToArray();

    /// <summary>The least-squares slope per step and the residuals around that line.</summary>
    public static (double Slope, double[] Residuals) Detrend(double[] values)
    {
        var n = values.Length;
        var meanT = (n - 1) / 2.0;
        var meanV = values.Average();
        var slope = Enumerable.Range(0, n).Sum(t => (t - meanT) * (values[t] - meanV)) / Enumerable.Range(0, n).Sum(t => (t - meanT) * (t - meanT));
        return (slope, values.Select((v, t) => v - (meanV + slope * (t - meanT))).ToArray());
    }

    /// <summary>The highest autocorrelation over lags 6 to n/3: near 1 for a repeating pattern, near 0 for noise.</summary>
    public static double Periodicity(double[] residuals)
    {
        var variance = residuals.Sum(r => r * r);
        if (variance == 0)
            return 0;
        return Enumerable.Range(6, Math.Max(1, residuals.Length / 3 - 6))
            .Max(lag => Enumerable.Range(0, residuals.Length - lag).Sum(t => residuals[t] * residuals[t + lag]) / variance);
    }
}
