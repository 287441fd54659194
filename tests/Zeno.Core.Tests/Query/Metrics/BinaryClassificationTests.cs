using Zeno.Core.Config;
using Zeno.Core.Errors;
using Zeno.Core.Query.Metrics;
using static Zeno.Core.Tests.Query.Metrics.Rows;

namespace Zeno.Core.Tests.Query.Metrics;

public sealed class BinaryClassificationTests
{
    [Fact]
    public void Precision_recall_and_f1_match_hand_counts()
    {
        // TP = 2 (rows 1, 3), predicted 1 = 3 (rows 1, 3, 4), actual 1 = 4 (rows 1, 2, 3, 7).
        var stats = Classes("11100010", "10110000");

        Assert.Equal(2.0 / 3, Compute(BuiltInMetric.Precision, stats, "1")!.Value, 12);
        Assert.Equal(1.0 / 2, Compute(BuiltInMetric.Recall, stats, "1")!.Value, 12);
        Assert.Equal(4.0 / 7, Compute(BuiltInMetric.F1, stats, "1")!.Value, 12); // 2·(2/3)·(1/2) / (2/3 + 1/2)
    }

    [Fact]
    public void Precision_is_undefined_when_nothing_is_predicted_positive_and_f1_is_zero()
    {
        var stats = Classes("110", "000");

        Assert.Null(Compute(BuiltInMetric.Precision, stats, "1"));
        Assert.Equal(0.0, Compute(BuiltInMetric.Recall, stats, "1"));
        Assert.Equal(0.0, Compute(BuiltInMetric.F1, stats, "1")); // all positives missed: F1 is 0, not unknown
    }

    [Fact]
    public void Recall_is_undefined_when_the_slice_has_no_positives()
    {
        var stats = Classes("00", "10");

        Assert.Equal(0.0, Compute(BuiltInMetric.Precision, stats, "1"));
        Assert.Null(Compute(BuiltInMetric.Recall, stats, "1"));
        Assert.Equal(0.0, Compute(BuiltInMetric.F1, stats, "1"));
    }

    [Fact]
    public void F1_is_undefined_only_when_precision_and_recall_both_are()
    {
        var stats = Classes("00", "00");

        Assert.Null(Compute(BuiltInMetric.Precision, stats, "1"));
        Assert.Null(Compute(BuiltInMetric.Recall, stats, "1"));
        Assert.Null(Compute(BuiltInMetric.F1, stats, "1"));
    }

    [Fact]
    public void F1_is_zero_when_precision_and_recall_are_both_zero()
    {
        var stats = Classes("10", "01");

        Assert.Equal(0.0, Compute(BuiltInMetric.Precision, stats, "1"));
        Assert.Equal(0.0, Compute(BuiltInMetric.Recall, stats, "1"));
        Assert.Equal(0.0, Compute(BuiltInMetric.F1, stats, "1"));
    }

    [Fact]
    public void A_positive_class_missing_from_the_tallies_counts_as_never_seen()
    {
        var stats = Classes("ab", "ab");

        Assert.Null(Compute(BuiltInMetric.Precision, stats, "yes"));
        Assert.Null(Compute(BuiltInMetric.F1, stats, "yes", average: "binary"));
    }

    [Fact]
    public void Binary_averaging_without_a_positive_class_is_a_config_error()
    {
        var e = Assert.Throws<ConfigException>(() => Compute(BuiltInMetric.F1, Classes("1", "1"), average: "binary"));

        Assert.Equal("positive", e.Key);
        Assert.Equal(7, e.Location.Line);
    }

    [Fact]
    public void An_unknown_average_is_a_config_error()
    {
        var e = Assert.Throws<ConfigException>(() => Compute(BuiltInMetric.Recall, Classes("1", "1"), "1", "micro"));

        Assert.Equal("average", e.Key);
        Assert.Contains("\"macro\" or \"binary\"", e.Message);
    }
}
