using Zeno.Core.Query.Metrics;

namespace Zeno.Core.Query.Index;

/// <summary>
/// A decomposable metric's statistics per row, so that any set of rows sums to the statistics the SQL path computes
/// for it (<see cref="MetricStatistics"/>): a correct flag for accuracy, error rate and exact match; a number (with
/// whether it is present) for mean, MAE and RMSE; edits and reference length for WER and CER; nothing for count. The
/// per-row values come from DuckDB with the SQL the metric evaluator uses (and, for edits, the same edit distance of
/// the same texts), so a row is correct here exactly when it is there.
/// </summary>
internal abstract class RowMetric : IIndexPart
{
    private RowMetric(StatisticsKind kind) => Kind = kind;

    /// <summary>The statistics it gives.</summary>
    public StatisticsKind Kind { get; }

    /// <inheritdoc />
    public abstract long SizeInBytes { get; }

    /// <summary>Rows whose output matches the label (<see cref="StatisticsKind.Matches"/>, <see cref="StatisticsKind.TrimmedMatches"/>).</summary>
    public sealed class Flags(StatisticsKind kind, ulong[] correct) : RowMetric(kind)
    {
        public ulong[] Correct => correct;

        public override long SizeInBytes => correct.LongLength * 8;
    }

    /// <summary>
    /// A number per row (<see cref="StatisticsKind.Mean"/>: the column; <see cref="StatisticsKind.Regression"/>: the
    /// error output − label) and the rows where it is present: not null, and finite, as the SQL path counts it.
    /// </summary>
    public sealed class Numbers(StatisticsKind kind, double[] values, ulong[] present) : RowMetric(kind)
    {
        public double[] Values => values;

        public ulong[] Present => present;

        public override long SizeInBytes => values.LongLength * 8 + present.LongLength * 8;
    }

    /// <summary>
    /// Each row's edit distance between its label and its output and its label's length (<see cref="StatisticsKind.WordEdits"/>:
    /// in words; <see cref="StatisticsKind.CharEdits"/>: in characters), as <see cref="ErrorRateSums"/> counts a row.
    /// </summary>
    public sealed class Edits(StatisticsKind kind, int[] counts, int[] referenceLength) : RowMetric(kind)
    {
        public int[] Counts => counts;

        public int[] ReferenceLength => referenceLength;

        public override long SizeInBytes => counts.LongLength * 4 + referenceLength.LongLength * 4;
    }

    /// <summary>Nothing per row: the statistics are the row count (<see cref="StatisticsKind.Count"/>).</summary>
    public sealed class Count() : RowMetric(StatisticsKind.Count)
    {
        public override long SizeInBytes => 0;
    }
}
