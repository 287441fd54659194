using Zeno.Core.Query.Index;

namespace Zeno.Core.Tests.Query.Index;

/// <summary>
/// The index's pages equal LINQ's on random rows: values with ties, NaN (above every number, as DuckDB orders it),
/// ±∞, both zeros and missing values (last either way), random row sets, offsets and limits.
/// </summary>
public sealed class PageKernelTests
{
    private static readonly double[] Awkward = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.0, -0.0, 1, 1, 2.5];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Pages_equal_a_linq_sort_of_the_selected_rows(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 60; round++)
        {
            // Sizes across the kernels' 16 partitions of 256-word blocks, and small ones.
            var rows = random.Next(3) == 0 ? random.Next(1, 200) : random.Next(1, 600_000);
            var values = new double[RowBits.Padded(rows)];
            var presentFlags = new byte[RowBits.Padded(rows)];
            var selectedFlags = new byte[RowBits.Padded(rows)];
            var density = random.NextDouble();
            for (var row = 0; row < rows; row++)
            {
                values[row] = random.Next(10) == 0 ? Awkward[random.Next(Awkward.Length)] : Math.Round(random.NextDouble() * 100, 1);
                presentFlags[row] = (byte)(random.Next(8) == 0 ? 0 : 1);
                selectedFlags[row] = (byte)(random.NextDouble() < density ? 1 : 0);
            }
            var keys = new SortKeys(values, RowBits.FromFlags(presentFlags, rows));
            var set = new RowSet.Bits(RowBits.FromFlags(selectedFlags, rows));
            var descending = random.Next(2) == 0;
            var offset = random.Next(4) == 0 ? random.Next(rows) : random.Next(5);
            var limit = random.Next(0, 40);

            var selected = Enumerable.Range(0, rows).Where(row => selectedFlags[row] == 1).Select(row => (long)row).ToList();
            var present = selected.Where(row => presentFlags[row] == 1);
            var ordered = (descending
                    ? present.OrderByDescending(row => values[row], Comparer<double>.Create(SortKeys.Compare))
                    : present.OrderBy(row => values[row], Comparer<double>.Create(SortKeys.Compare)))
                .ThenBy(row => row)
                .Concat(selected.Where(row => presentFlags[row] == 0));
            var where = $"seed {seed}, round {round}: {rows} rows, {(descending ? "desc" : "asc")}, offset {offset}, limit {limit}";

            var sorted = PageKernel.Sorted([], rows, set, keys, descending, offset, limit);
            Assert.True(selected.Count == sorted.Total, $"{where}: total {sorted.Total}, expected {selected.Count}");
            Assert.True(ordered.Skip(offset).Take(limit).SequenceEqual(sorted.Rows), $"{where}: sorted page differs");

            var plain = PageKernel.InRowOrder([], rows, set, offset, limit);
            Assert.Equal(selected.Count, plain.Total);
            Assert.Equal(selected.Skip(offset).Take(limit), plain.Rows);
        }
    }

    [Theory]
    [InlineData("DOUBLE", true)]
    [InlineData("integer", true)]
    [InlineData("BIGINT", true)]
    [InlineData("DECIMAL(15,2)", true)]
    [InlineData("DECIMAL(18,3)", false)]
    [InlineData("HUGEINT", false)]
    [InlineData("VARCHAR", false)]
    [InlineData("TIMESTAMP", false)]
    public void Only_types_whose_doubles_keep_their_order_are_sorted_by_the_index(string sqlType, bool orderable) =>
        Assert.Equal(orderable, SortKeys.Orderable(sqlType));

    [Fact]
    public void A_bigint_beyond_two_to_the_53_is_left_to_sql()
    {
        var values = new double[64];
        values[1] = 9007199254740993d;
        var keys = new SortKeys(values, [0b11]);
        Assert.False(keys.Exact("BIGINT"));
        Assert.True(keys.Exact("DOUBLE"));
        values[1] = 9007199254740991d;
        Assert.True(keys.Exact("BIGINT"));
    }
}
