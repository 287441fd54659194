using Zeno.Core.Query.Index;
using Zeno.Core.Query.Metrics;

namespace Zeno.Core.Tests.Query.Index;

/// <summary>
/// The counting kernel against a row-by-row count of the cross-filter rule, on random codes (bytes with few and many
/// codes, shorts), random row sets (code sets, bitmaps, and/or/not) of every density, and metric statistics.
/// </summary>
public sealed class CountKernelTests
{
    [Theory]
    [InlineData(1, 50_000)]
    [InlineData(2, 1_000)]
    [InlineData(3, 63)]
    [InlineData(4, 20_011)]
    public void Counts_follow_the_cross_filter_rule_row_by_row(int seed, int rows)
    {
        var random = new Random(seed);
        var charts = new[] { 3, 21, 47, 300 }.Select(bins => Column(random, bins, rows)).ToList();
        var sources = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Set(random, charts, rows, 2)).ToList();
        var chartSources = charts.Select(_ => random.Next(-1, sources.Count)).ToArray();
        var baseSet = random.Next(3) == 0 ? RowSet.Everything : Set(random, charts, rows, 2);
        var correct = Bits(random, rows, 0.6);
        var (values, present) = (Enumerable.Range(0, RowBits.Padded(rows)).Select(_ => Math.Round(random.NextDouble() * 10 - 5, 2)).ToArray(), Bits(random, rows, 0.8));

        foreach (var metric in new RowMetric?[] { null, new RowMetric.Flags(StatisticsKind.Matches, correct), new RowMetric.Numbers(StatisticsKind.Regression, values, present) })
        {
            var counts = CountKernel.Run(new CrossFilterPlan(rows, charts, chartSources, baseSet, sources, metric));
            var inBase = Members(baseSet, charts, rows);
            var inSource = sources.Select(s => Members(s, charts, rows)).ToList();
            var selected = 0L;
            for (var row = 0; row < rows; row++)
            {
                if (!inBase[row])
                    continue;
                var failing = Enumerable.Range(0, sources.Count).Where(s => !inSource[s][row]).ToList();
                selected += failing.Count == 0 ? 1 : 0;
                for (var c = 0; c < charts.Count; c++)
                {
                    if (failing.Count == 0 || (failing.Count == 1 && failing[0] == chartSources[c]))
                        counts.Filtered[c][charts[c][row]]--;
                    if ((failing.Count == 0 || (failing.Count == 1 && failing[0] == chartSources[c])) && metric is not null)
                    {
                        var stats = counts.Stats[c]!;
                        var code = charts[c][row];
                        if (metric is RowMetric.Flags && Has(correct, row))
                            stats.Correct[code]--;
                        if (metric is RowMetric.Numbers && Has(present, row))
                        {
                            stats.Present[code]--;
                            stats.Sum[code] -= values[row];
                        }
                    }
                }
            }
            Assert.Equal(selected, counts.Selected);
            Assert.All(counts.Filtered, chart => Assert.All(chart, left => Assert.Equal(0, left)));
            if (metric is not null)
            {
                Assert.All(counts.Stats, stats => Assert.All(stats!.Correct, left => Assert.Equal(0, left)));
                Assert.All(counts.Stats, stats => Assert.All(stats!.Present, left => Assert.Equal(0, left)));
                Assert.All(counts.Stats, stats => Assert.All(stats!.Sum, left => Assert.True(Math.Abs(left) < 1e-6, $"{left}")));
            }
        }
    }

    private static CodeColumn Column(Random random, int bins, int rows)
    {
        var (bytes, shorts) = CodeColumn.Allocate(bins, rows);
        // Skewed, so some codes are frequent and some never occur.
        for (var row = 0; row < rows; row++)
        {
            var code = random.Next(10) == 0 ? bins : (int)(bins * Math.Pow(random.NextDouble(), 2));
            if (bytes is not null)
                bytes[row] = (byte)code;
            else
                shorts![row] = (ushort)code;
        }
        return CodeColumn.Over(bins, rows, bytes, shorts);
    }

    private static RowSet Set(Random random, IReadOnlyList<CodeColumn> charts, int rows, int depth)
    {
        if (depth == 0 || random.Next(3) == 0)
        {
            if (random.Next(2) == 0)
                return new RowSet.Bits(Bits(random, rows, Some(random)));
            var chart = random.Next(charts.Count);
            var density = Some(random);
            return new RowSet.Codes(chart, [.. Enumerable.Range(0, charts[chart].Codes).Select(_ => random.NextDouble() < density)]);
        }
        var parts = Enumerable.Range(0, random.Next(1, 3)).Select(_ => Set(random, charts, rows, depth - 1)).ToList();
        return random.Next(3) switch
        {
            0 => new RowSet.AllOf(parts),
            1 => new RowSet.AnyOf(parts),
            _ => new RowSet.Except(parts[0]),
        };
    }

    // Densities from nearly nothing to nearly everything, so both the sparse and the vector counting run.
    private static double Some(Random random) => new[] { 0.01, 0.3, 0.7, 0.97, 1 }[random.Next(5)];

    private static ulong[] Bits(Random random, int rows, double density)
    {
        var words = new ulong[RowBits.Words(rows)];
        for (var row = 0; row < rows; row++)
        {
            if (random.NextDouble() < density)
                words[row / 64] |= 1UL << (row % 64);
        }
        return words;
    }

    private static bool Has(ulong[] bits, int row) => (bits[row / 64] >> (row % 64) & 1) != 0;

    private static bool[] Members(RowSet set, IReadOnlyList<CodeColumn> charts, int rows) =>
        [.. Enumerable.Range(0, rows).Select(row => Member(set, charts, row))];

    private static bool Member(RowSet set, IReadOnlyList<CodeColumn> charts, int row) => set switch
    {
        RowSet.Bits bits => Has(bits.Words, row),
        RowSet.Codes codes => codes.Keep[charts[codes.Chart][row]],
        RowSet.AllOf all => all.Parts.All(p => Member(p, charts, row)),
        RowSet.AnyOf any => any.Parts.Any(p => Member(p, charts, row)),
        RowSet.Except except => !Member(except.Inner, charts, row),
        _ => throw new ArgumentOutOfRangeException(nameof(set)),
    };
}
