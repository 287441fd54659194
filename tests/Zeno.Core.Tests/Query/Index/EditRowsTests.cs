using DuckDB.NET.Data;
using Zeno.Core.Data;
using Zeno.Core.Query.Index;
using Zeno.Core.Query.Metrics;
using Zeno.Core.Store;

namespace Zeno.Core.Tests.Query.Index;

/// <summary>
/// The index's per-row edit statistics for WER and CER land on each row's own zeno_row whatever order DuckDB returns the
/// rows in, equal the SQL path's per-row <see cref="ErrorRateSums"/> of the same texts (nulls included), and a view
/// that misses a row or delivers one twice is refused rather than summed.
/// </summary>
public sealed class EditRowsTests
{
    private static readonly string[] Words = ["the", "cat", "sat", "on", "a", "mat", "été", "naïve"];

    private static DuckDBConnection Table(int rows, int seed, out List<(string? Reference, string? Hypothesis)> texts)
    {
        var random = new Random(seed);
        string? Text() => random.Next(7) == 0 ? null : string.Join(" ", Enumerable.Range(0, random.Next(0, 7)).Select(_ => Words[random.Next(Words.Length)]));
        texts = [.. Enumerable.Range(0, rows).Select(_ => (Text(), Text()))];
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = $"CREATE TABLE t ({InstanceTable.RowColumn} BIGINT, reference VARCHAR, hypothesis VARCHAR)";
            create.ExecuteNonQuery();
        }
        using var appender = connection.CreateAppender("t");
        for (var row = 0; row < rows; row++)
            appender.CreateRow().AppendValue((long)row).AppendValue(texts[row].Reference).AppendValue(texts[row].Hypothesis).EndRow();
        return connection;
    }

    // The rows in a shuffled order, under the alias the index's row expression reads.
    private static string Shuffled(string where = "TRUE") =>
        $"(SELECT * FROM t WHERE {where} ORDER BY hash({InstanceTable.RowColumn} * 7919)) AS {InstanceView.InstanceAlias}";

    [Theory]
    [InlineData(StatisticsKind.WordEdits, 1)]
    [InlineData(StatisticsKind.CharEdits, 2)]
    [InlineData(StatisticsKind.WordEdits, 3)]
    public void Each_rows_statistics_are_the_sql_paths_for_that_row_in_any_order(StatisticsKind kind, int seed)
    {
        const int rows = 70_000;
        using var connection = Table(rows, seed, out var texts);

        var edits = IndexQueries.Edits(connection, Shuffled(), kind, "reference, hypothesis", rows);

        for (var row = 0; row < rows; row++)
        {
            var (reference, hypothesis) = texts[row];
            var expected = kind == StatisticsKind.WordEdits ? ErrorRateSums.ForWords(reference, hypothesis) : ErrorRateSums.ForChars(reference, hypothesis);
            Assert.True(expected == new ErrorRateSums(edits.Counts[row], edits.ReferenceLength[row]),
                $"row {row} ({reference} | {hypothesis}): {edits.Counts[row]}/{edits.ReferenceLength[row]}, expected {expected}");
        }
    }

    [Fact]
    public void A_view_missing_a_row_or_repeating_one_is_refused()
    {
        using var connection = Table(500, 4, out _);
        Assert.Throws<IndexMismatchException>(() => IndexQueries.Edits(connection, Shuffled($"{InstanceTable.RowColumn} <> 17"), StatisticsKind.WordEdits,
            "reference, hypothesis", 500));
        var repeated = $"(SELECT * FROM t UNION ALL SELECT * FROM t WHERE {InstanceTable.RowColumn} = 3) AS {InstanceView.InstanceAlias}";
        Assert.Throws<IndexMismatchException>(() => IndexQueries.Edits(connection, repeated, StatisticsKind.CharEdits, "reference, hypothesis", 501));
        Assert.Throws<IndexMismatchException>(() => IndexQueries.Edits(connection, Shuffled(), StatisticsKind.CharEdits, "reference, hypothesis", 499));
    }
}
