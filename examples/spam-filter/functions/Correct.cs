namespace SpamFilter;

public static class Correct
{
    /// <summary>
    /// Whether the model got the e-mail right. It reads the model's output, so Zeno runs it once per model and the
    /// column follows the model selected in the UI: filter correct == false to read only the mistakes.
    /// </summary>
    [Distill("correct")]
    public static DistillReturn IsCorrect(DataFrame batch, ZenoOptions options)
    {
        var outputs = batch.Columns[options.OutputColumn];
        var labels = batch.Columns[options.LabelColumn!];
        return new(Enumerable.Range(0, (int)batch.Rows.Count).Select(row => Equals(outputs[row], labels[row])));
    }
}
