namespace Zeno.Core.Query.Metrics;

/// <summary>Accuracy and precision/recall/F1 from class tallies. The null rules are documented on <see cref="MetricMath"/>.</summary>
internal static class ClassificationMath
{
    public static double? Accuracy(MatchCounts m) => m.Total == 0 ? null : (double)m.Correct / m.Total;

    // Counted from the wrong rows rather than as 1 − accuracy, so that 1/3 is exactly 1/3 and not 1 − 2/3.
    public static double? ErrorRate(MatchCounts m) => m.Total == 0 ? null : (double)(m.Total - m.Correct) / m.Total;

    public static double? BinaryPrecision(ClassTally t) => Ratio(t.TruePositives, t.Predicted);

    public static double? BinaryRecall(ClassTally t) => Ratio(t.TruePositives, t.Actual);

    // 2TP / (2TP + FP + FN) = 2TP / (Predicted + Actual): the harmonic mean of precision and recall where both are
    // defined, 0 where one is undefined and the other is 0 (harmonic mean with 0), null only when there is neither a
    // predicted nor an actual positive.
    public static double? BinaryF1(ClassTally t) => Ratio(2 * t.TruePositives, t.Predicted + t.Actual);

    public static double? MacroPrecision(ClassCounts c) => MacroAverage(c, t => Ratio(t.TruePositives, t.Predicted));

    public static double? MacroRecall(ClassCounts c) => MacroAverage(c, t => Ratio(t.TruePositives, t.Actual));

    public static double? MacroF1(ClassCounts c) => MacroAverage(c, BinaryF1);

    /// <summary>
    /// scikit-learn's macro average: the unweighted mean over every class that occurs as a label or an output, where a
    /// class whose own denominator is zero contributes 0 (sklearn's default <c>zero_division</c>). Null when no class
    /// occurs (an empty slice).
    /// </summary>
    private static double? MacroAverage(ClassCounts c, Func<ClassTally, double?> perClass)
    {
        var sum = 0.0;
        var classes = 0;
        foreach (var t in c.Classes)
        {
            if (t.Predicted == 0 && t.Actual == 0) continue; // listed but absent from this slice
            sum += perClass(t) ?? 0.0;
            classes++;
        }
        return classes == 0 ? null : sum / classes;
    }

    private static double? Ratio(long numerator, long denominator) =>
        denominator == 0 ? null : (double)numerator / denominator;
}
