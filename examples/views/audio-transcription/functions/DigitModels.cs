using System.Collections;

namespace Digits;

public static class DigitModels
{
    private static readonly string[] Words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    /// <summary>
    /// Two spoken-digit recognisers trained on the 40 recordings of data/train (4 speakers × 10 digits; the file name
    /// starts with the digit): "nearest-centroid" compares a recording with each digit's mean fingerprint,
    /// "nearest-neighbour" with every training recording. The output is the digit as a word ("seven"), the
    /// transcription the label holds; `distance` says how far the closest match was.
    /// </summary>
    [Model]
    public static Func<DataFrame, ZenoOptions, ModelReturn> Load(string modelName, ZenoOptions options)
    {
        var training = Directory.GetFiles(Path.Combine(options.DataPath, "train"), "*.wav").Order(StringComparer.Ordinal)
            .Select(path => (Digit: int.Parse(Path.GetFileName(path)[..1], System.Globalization.CultureInfo.InvariantCulture), Features: Fingerprint(path)))
            .ToList();
        var references = modelName switch
        {
            "nearest-centroid" => training.GroupBy(t => t.Digit)
                .Select(g => (Digit: g.Key, Features: Enumerable.Range(0, g.First().Features.Length).Select(i => g.Average(t => t.Features[i])).ToArray()))
                .ToList(),
            "nearest-neighbour" => training,
            _ => throw new ArgumentException($"unknown model '{modelName}': use nearest-centroid or nearest-neighbour", nameof(modelName)),
        };
        return (batch, o) =>
        {
            var paths = batch.Columns[o.DataColumn!];
            var outputs = new string[batch.Rows.Count];
            var distances = new double[batch.Rows.Count];
            for (var row = 0; row < outputs.Length; row++)
            {
                var features = Fingerprint(Path.Combine(o.DataPath, (string)paths[row]));
                var best = references.MinBy(r => Features.Distance(r.Features, features));
                outputs[row] = Words[best.Digit];
                distances[row] = Math.Round(Features.Distance(best.Features, features), 2);
            }
            return new ModelReturn(outputs) { Columns = new Dictionary<string, IEnumerable> { ["distance"] = distances } };
        };
    }

    private static double[] Fingerprint(string path)
    {
        var (samples, rate) = Wav.Read(path);
        return Features.Of(samples, rate);
    }
}
