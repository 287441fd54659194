using Zeno.Core.Config;
using Zeno.Core.Query.Metrics;
using static Zeno.Core.Tests.Query.Metrics.Rows;

namespace Zeno.Core.Tests.Query.Metrics;

public sealed class MacroClassificationTests
{
    [Fact]
    public void Macro_scores_match_the_scikit_learn_documentation_example()
    {
        // sklearn: precision_recall_fscore_support([0,1,2,0,1,2], [0,2,1,0,0,1], average="macro") = (0.222, 0.333, 0.267).
        // Class 0: TP 2, predicted 3, actual 2 → P 2/3, R 1, F 4/5. Classes 1 and 2: TP 0 → 0, 0, 0.
        var stats = Classes("012012", "021001");

        Assert.Equal(2.0 / 9, Compute(BuiltInMetric.Precision, stats)!.Value, 12);
        Assert.Equal(1.0 / 3, Compute(BuiltInMetric.Recall, stats)!.Value, 12);
        Assert.Equal(4.0 / 15, Compute(BuiltInMetric.F1, stats)!.Value, 12);
    }

    [Fact]
    public void Macro_counts_a_class_that_is_only_a_label_or_only_an_output_as_zero()
    {
        // a: TP 3, predicted 3, actual 4 → P 1, R 3/4, F 6/7. b is only a label (P undefined → 0, R 0);
        // c is only an output (P 0, R undefined → 0). Macro over {a, b, c}, as sklearn's unique_labels(y_true, y_pred).
        var stats = Classes("aaaba", "aacca");

        Assert.Equal(1.0 / 3, Compute(BuiltInMetric.Precision, stats)!.Value, 12);
        Assert.Equal(1.0 / 4, Compute(BuiltInMetric.Recall, stats)!.Value, 12);
        Assert.Equal(2.0 / 7, Compute(BuiltInMetric.F1, stats)!.Value, 12);
        Assert.Equal(3.0 / 5, Compute(BuiltInMetric.Accuracy, stats)!.Value, 12);
    }

    [Fact]
    public void Classes_listed_without_rows_do_not_dilute_the_average()
    {
        var stats = Classes("aaaba", "aacca");
        var padded = stats with { Classes = [.. stats.Classes, new ClassTally("z", 0, 0, 0)] };

        Assert.Equal(Compute(BuiltInMetric.F1, stats), Compute(BuiltInMetric.F1, padded));
    }

    [Fact]
    public void Average_macro_wins_over_a_positive_class()
    {
        var stats = Classes("012012", "021001");

        Assert.Equal(4.0 / 15, Compute(BuiltInMetric.F1, stats, positive: "0", average: "Macro")!.Value, 12);
    }

    [Fact]
    public void Without_average_a_positive_class_means_binary()
    {
        var stats = Classes("012012", "021001");

        Assert.Equal(4.0 / 5, Compute(BuiltInMetric.F1, stats, positive: "0")!.Value, 12);
    }

    [Fact]
    public void Macro_scores_of_an_empty_slice_are_undefined()
    {
        Assert.Null(Compute(BuiltInMetric.Precision, ClassCounts.Empty));
        Assert.Null(Compute(BuiltInMetric.Recall, ClassCounts.Empty));
        Assert.Null(Compute(BuiltInMetric.F1, ClassCounts.Empty));
    }
}
