using Zeno.Core.Query.Histograms;

namespace Zeno.Core.Tests.Query.Index;

/// <summary>Asserts that two histogram responses are the same, bucket by bucket: counts exactly, metrics exactly or (sums of doubles, added in another order) to 1e-9.</summary>
internal static class HistogramComparison
{
    public static void AssertSame(HistogramResponse expected, HistogramResponse actual, string where)
    {
        Assert.True(expected.Total == actual.Total, $"{where}: total {actual.Total}, expected {expected.Total}");
        Assert.True(expected.Filtered == actual.Filtered, $"{where}: filtered {actual.Filtered}, expected {expected.Filtered}");
        Assert.Equal(expected.Columns.Count, actual.Columns.Count);
        for (var c = 0; c < expected.Columns.Count; c++)
        {
            var (e, a) = (expected.Columns[c], actual.Columns[c]);
            var chart = $"{where}\n{e.Column}";
            Assert.Equal((e.Column, e.Type, e.Unit, e.UnitStep), (a.Column, a.Type, a.Unit, a.UnitStep));
            Assert.True(e.Filtered == a.Filtered, $"{chart}: filtered {a.Filtered}, expected {e.Filtered}");
            Assert.True(e.Total == a.Total, $"{chart}: total {a.Total}, expected {e.Total}");
            Assert.True(e.Buckets.Select(b => b.Label).SequenceEqual(a.Buckets.Select(b => b.Label)),
                $"{chart}: buckets [{string.Join(", ", a.Buckets.Select(b => b.Label))}], expected [{string.Join(", ", e.Buckets.Select(b => b.Label))}]");
            for (var i = 0; i < e.Buckets.Count; i++)
            {
                var (eb, ab) = (e.Buckets[i], a.Buckets[i]);
                var bucket = $"{chart} bucket {eb.Label}";
                Assert.Equal((eb.Kind, eb.FilterText, eb.Low, eb.High, eb.Start, eb.End), (ab.Kind, ab.FilterText, ab.Low, ab.High, ab.Start, ab.End));
                Assert.True((eb.Total, eb.Filtered) == (ab.Total, ab.Filtered), $"{bucket}: ({ab.Total}, {ab.Filtered}), expected ({eb.Total}, {eb.Filtered})");
                Assert.True(Close(eb.Metric, ab.Metric), $"{bucket}: metric {ab.Metric}, expected {eb.Metric}");
            }
        }
    }

    public static bool Close(double? expected, double? actual) => (expected, actual) switch
    {
        (null, null) => true,
        ({ } e, { } a) when double.IsNaN(e) || double.IsNaN(a) => double.IsNaN(e) && double.IsNaN(a),
        ({ } e, { } a) when double.IsInfinity(e) || double.IsInfinity(a) => e == a,
        ({ } e, { } a) => Math.Abs(e - a) <= 1e-9 * Math.Max(1, Math.Abs(e)),
        _ => false,
    };
}
