using System.Collections;
using System.Globalization;

namespace SpamFilter;

public static class Models
{
    private static readonly Regex ModelName = new(@"^nb-(\d+)$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The model factory: "nb-400" is a naive-Bayes spam filter trained on the first 400 e-mails of train.jsonl.
    /// Zeno calls it once per model in zeno.toml, so each model is trained once, then asked for batches of e-mails.
    /// </summary>
    [Model]
    public static Func<DataFrame, ZenoOptions, ModelReturn> Load(string modelName, ZenoOptions options)
    {
        var match = ModelName.Match(modelName);
        if (!match.Success || !int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var trainingSize) || trainingSize < 1)
            throw new ArgumentException(
                $"unknown model '{modelName}': model names are nb-N, a naive-Bayes filter trained on the first N e-mails of {TrainingData.FileName} (e.g. nb-400)",
                nameof(modelName));

        var classifier = NaiveBayes.Train(TrainingData.ReadFirst(options.DataPath, trainingSize));

        // The returned function only reads the trained classifier, so Zeno may call it from several threads at once.
        return (batch, batchOptions) =>
        {
            var texts = batch.Columns[batchOptions.DataColumn!];
            var probabilities = new double[batch.Rows.Count];
            var outputs = new string[batch.Rows.Count];
            for (var row = 0; row < probabilities.Length; row++)
            {
                probabilities[row] = classifier.SpamProbability(texts[row] as string ?? "");
                outputs[row] = probabilities[row] >= 0.5 ? "spam" : "ham";
            }
            // spam_probability becomes a column of its own, per model: slice by it to find confident mistakes.
            return new ModelReturn(outputs)
            {
                Columns = new Dictionary<string, IEnumerable> { ["spam_probability"] = probabilities },
            };
        };
    }
}
