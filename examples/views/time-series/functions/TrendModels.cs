using System.Collections;

namespace Sensors;

public static class TrendModels
{
    /// <summary>
    /// A rule-based series classifier: fit a line; a repeating pattern in what is left (autocorrelation above the
    /// threshold) means "seasonal"; otherwise a line that climbs or falls by more than the spread of the points around
    /// it means "rising" or "falling", and anything else is "flat". "rules-strict" asks for a clearer pattern and a
    /// steeper line than "rules-loose". Noisy series fool both.
    /// </summary>
    [Model]
    public static Func<DataFrame, ZenoOptions, ModelReturn> Load(string modelName, ZenoOptions options)
    {
        var (periodic, steep) = modelName switch
        {
            "rules-loose" => (0.3, 1.0),
            "rules-strict" => (0.5, 2.0),
            _ => throw new ArgumentException($"unknown model '{modelName}': use rules-loose or rules-strict", nameof(modelName)),
        };
        return (batch, o) =>
        {
            var paths = batch.Columns[o.DataColumn!];
            var outputs = new string[batch.Rows.Count];
            var slopes = new double[batch.Rows.Count];
            for (var row = 0; row < outputs.Length; row++)
            {
                var values = Series.Read(Path.Combine(o.DataPath, (string)paths[row]));
                var (slope, residuals) = Series.Detrend(values);
                var spread = Math.Sqrt(residuals.Average(r => r * r));
                var change = slope * values.Length;
                outputs[row] = Series.Periodicity(residuals) > periodic ? "seasonal"
                    : change > steep * spread ? "rising"
                    : change < -steep * spread ? "falling"
                    : "flat";
                slopes[row] = Math.Round(slope, 4);
            }
            return new ModelReturn(outputs) { Columns = new Dictionary<string, IEnumerable> { ["slope"] = slopes } };
        };
    }
}
