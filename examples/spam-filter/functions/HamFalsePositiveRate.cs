namespace SpamFilter;

public static class HamFalsePositiveRate
{
    /// <summary>
    /// The share of real ham that the model sends to the spam folder. Accuracy weighs every mistake the same; a user
    /// forgives some spam in the inbox but not a missed invoice or job offer in the spam folder, so this is the
    /// number a spam filter must keep low. Undefined on a slice without ham (where it has no meaning).
    /// </summary>
    [Metric("ham_false_positive_rate")]
    public static MetricReturn Compute(DataFrame slice, ZenoOptions options)
    {
        var outputs = slice.Columns[options.OutputColumn];
        var labels = slice.Columns[options.LabelColumn!];
        int ham = 0, hamMarkedSpam = 0;
        for (long row = 0; row < slice.Rows.Count; row++)
        {
            if (labels[row] as string != "ham")
                continue;
            ham++;
            if (outputs[row] as string == "spam")
                hamMarkedSpam++;
        }
        return ham == 0 ? MetricReturn.Undefined : (double)hamMarkedSpam / ham;
    }
}
