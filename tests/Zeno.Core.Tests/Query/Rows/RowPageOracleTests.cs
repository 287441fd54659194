using DuckDB.NET.Data;
using Zeno.Core.Config;
using Zeno.Core.Project;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Index;
using Zeno.Core.Query.Rows;
using Zeno.Core.Store;
using Zeno.Core.Tests.Query.Filters;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Query.Rows;

/// <summary>
/// Pages hold exactly the rows, the order and the total that LINQ gives on random tables (a column of every kind,
/// with ties and missing values), random filters, sort columns, directions, offsets and limits: whether SQL alone
/// answers or the binned index counts the slice and bounds the sorted rows.
/// </summary>
public sealed class RowPageOracleTests
{
    private const int RequestsPerSeed = 60;

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public async Task Pages_match_a_linq_filter_sort_and_count(int seed, bool index)
    {
        var path = index ? QueryPath.Index : QueryPath.Sql;
        var random = new Random(seed);
        var table = Some.Table(random);
        using var folder = ProjectOf(table);
        using var project = ZenoProject.Open(ConfigLoader.Load(folder.ConfigPath));
        await project.RunPipelineAsync();
        var context = project.EvaluationContext();
        var (cache, layouts) = (new IndexCache(IndexOptions.DefaultBudgetBytes), new HistogramCache());

        for (var i = 0; i < RequestsPerSeed; i++)
        {
            var filter = random.Next(5) == 0 ? null : Some.Predicate(random, table);
            var sort = random.Next(6) == 0 ? null : random.Next(8) == 0 ? InstanceView.OutputName : Some.Pick(random, table.Columns).Name;
            var descending = random.Next(2) == 0;
            var offset = random.Next(4) == 0 ? random.Next(table.RowCount + 10) : random.Next(10);
            var limit = random.Next(6) == 0 ? 0 : random.Next(1, 40);

            var page = RowQuery.Page(context, new RowPageRequest
            {
                Filter = filter, Model = "m", Sort = sort, Descending = descending, Offset = offset, Limit = limit,
            }, path, cache, layouts);

            var selected = Enumerable.Range(0, table.RowCount).Where(row => filter is null || LinqOracle.Holds(filter, table, row)).ToList();
            var expected = Sorted(table, selected, sort is InstanceView.OutputName ? "answer" : sort, descending)
                .Skip(offset).Take(limit).Select(row => table.Ids[row]).ToList();
            var actual = page.Rows.Select(row => (string)row["id"]!).ToList();
            var what = $"{path}, seed {seed}, request {i}: filter {filter}, sort {sort} {(descending ? "desc" : "asc")}, offset {offset}, limit {limit}";
            Assert.True(selected.Count == page.Total, $"{what}: total {page.Total}, expected {selected.Count}");
            Assert.True(expected.SequenceEqual(actual), $"{what}:\nexpected {string.Join(",", expected)}\ngot      {string.Join(",", actual)}");
        }
    }

    // Missing values last in both directions; ties (and no sort) in row order.
    private static IEnumerable<int> Sorted(SomeTable table, List<int> rows, string? sort, bool descending)
    {
        if (sort is null)
            return rows;
        var values = table[sort].Values;
        var present = rows.Where(row => values[row] is not null);
        var ordered = descending
            ? present.OrderByDescending(row => values[row], ValueOrder.Instance).ThenBy(row => row)
            : present.OrderBy(row => values[row], ValueOrder.Instance).ThenBy(row => row);
        return ordered.Concat(rows.Where(row => values[row] is null));
    }

    // DuckDB orders text by its UTF-8 bytes, which is ordinal order for these values; other kinds by value.
    private sealed class ValueOrder : IComparer<object?>
    {
        public static readonly ValueOrder Instance = new();

        public int Compare(object? x, object? y) => x is string a && y is string b
            ? string.CompareOrdinal(a, b)
            : Comparer<object>.Default.Compare(x!, y!);
    }

    // Parquet keeps the table's SQL types; the column types are pinned, so filters compile as the oracle reads them.
    private static TempProject ProjectOf(SomeTable table)
    {
        var folder = new TempProject();
        using (var connection = new DuckDBConnection("DataSource=:memory:"))
        {
            connection.Open();
            table.CreateIn(connection);
            using var copy = connection.CreateCommand();
            copy.CommandText = "COPY t TO $path (FORMAT parquet)";
            copy.Parameters.Add(new DuckDBParameter("path", Path.Combine(folder.Root, "data.parquet")));
            copy.ExecuteNonQuery();
        }
        var types = string.Concat(table.Columns.Select(column =>
            $"\n[columns.{TomlKey(column.Name)}]\ntype = \"{ConfigKeys.ColumnTypes.Single(pair => pair.Value == column.Type).Key}\"\n"));
        folder.Write("zeno.toml", $"""
            data = "data.parquet"
            id_column = "id"
            label_column = "label"

            [[models]]
            name = "m"
            output_column = "answer"
            {types}
            """);
        return folder;
    }

    private static string TomlKey(string name) => $"\"{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
}
