using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Index;
using Zeno.Core.Query.Rows;

namespace Zeno.Core.Tests.Query.Index;

/// <summary>
/// Sort keys persisted beside the code files: a restart reads a numeric column's keys from disk instead of asking
/// DuckDB for every row again, the pages they pick are the pages SQL gives, and a damaged or stale file is never used.
/// </summary>
public sealed class SortKeyPersistenceTests
{
    // A page sorted by score, planned by the index on fresh caches (as after a restart), and how often it asked DuckDB.
    private static (IReadOnlyList<long> Rows, int Queries) Planned(CodeFileProject project, bool descending)
    {
        var context = project.Context;
        var slice = SliceQuery.Create(context, null, "a", null);
        using var connection = context.Store.OpenReader();
        var queries = 0;
        var plan = new IndexedPages(context, new IndexCache(IndexOptions.DefaultBudgetBytes), new HistogramCache())
            .TryPlan(slice, null, "a", null, "score", descending, 3, 40, () =>
            {
                queries++;
                return connection;
            });
        Assert.NotNull(plan?.Rows);
        return (plan.Rows, queries);
    }

    // Sorted pages by the index, from fresh caches, hold SQL's rows: both directions, with and without a filter.
    private static void AssertPagesLikeSql(CodeFileProject project)
    {
        var context = project.Context;
        foreach (var descending in new[] { false, true })
        {
            foreach (var filter in new[] { null, FilterParser.Parse("flag == true and score > 20") })
            {
                var request = new RowPageRequest { Model = "a", Sort = "score", Descending = descending, Filter = filter, Offset = 5, Limit = 50 };
                var sql = RowQuery.Page(context, request, QueryPath.Sql, new IndexCache(IndexOptions.DefaultBudgetBytes), new HistogramCache());
                var index = RowQuery.Page(context, request, QueryPath.Index, new IndexCache(IndexOptions.DefaultBudgetBytes), new HistogramCache());
                Assert.Equal(sql.Total, index.Total);
                Assert.Equal(Ids(sql), Ids(index));
            }
        }
    }

    private static List<string> Ids(RowPage page) => [.. page.Rows.Select(row => (string)row["id"]!)];

    // The one file a sorted page adds to the index folder.
    private static string SortFile(CodeFileProject project, IReadOnlyList<string> before) =>
        Path.Combine(project.IndexFolder, Assert.Single(project.Files.Except(before)));

    [Fact]
    public async Task Sort_keys_read_once_are_loaded_by_the_next_start_without_asking_duckdb()
    {
        using var project = await CodeFileProject.CreateAsync();
        var before = project.Files;
        var (read, queries) = Planned(project, descending: false);
        Assert.Equal(1, queries);
        var file = SortFile(project, before);

        var (loaded, requeries) = Planned(project, descending: false);
        Assert.Equal(0, requeries);
        Assert.Equal(read, loaded);
        Assert.Equal(0, Planned(project, descending: true).Queries);

        await project.ReopenAsync();
        Assert.Equal(0, Planned(project, descending: true).Queries);
        AssertPagesLikeSql(project);
        Assert.True(File.Exists(file));
    }

    [Fact]
    public async Task A_truncated_corrupted_or_foreign_sort_file_is_read_again_from_duckdb_and_rewritten()
    {
        using var project = await CodeFileProject.CreateAsync();
        project.Codes(["score"]);
        var before = project.Files;
        var (read, _) = Planned(project, descending: true);
        var file = SortFile(project, before);
        var written = File.ReadAllBytes(file);

        // A flipped bit in the presence bits (the payload's end), then in a value.
        foreach (var at in new[] { written.Length - 1, CodeFileFormat.HeaderBytes + 8 * 17 + 2 })
        {
            var flipped = (byte[])written.Clone();
            flipped[at] ^= 0x04;
            File.WriteAllBytes(file, flipped);
            var (again, queries) = Planned(project, descending: true);
            Assert.Equal(1, queries);
            Assert.Equal(read, again);
            Assert.Equal(written, File.ReadAllBytes(file));
        }

        using (var truncated = File.OpenWrite(file))
            truncated.SetLength(truncated.Length - 8);
        Assert.Equal(1, Planned(project, descending: true).Queries);
        Assert.Equal(written, File.ReadAllBytes(file));

        // A code column's file under the sort keys' name: same key, rows and folder, other arrays.
        File.Copy(Path.Combine(project.IndexFolder, before[0]), file, overwrite: true);
        Assert.Equal(1, Planned(project, descending: true).Queries);
        Assert.Equal(written, File.ReadAllBytes(file));
        AssertPagesLikeSql(project);
    }

    [Fact]
    public async Task A_changed_data_file_reads_the_keys_again_and_deletes_the_old_file()
    {
        using var project = await CodeFileProject.CreateAsync();
        var before = project.Files;
        Planned(project, descending: false);
        var old = SortFile(project, before);

        CodeFileProject.WriteData(project.Folder, 700, seed: 4);
        await project.ReopenAsync();
        Assert.Equal(1, Planned(project, descending: false).Queries);
        Assert.False(File.Exists(old));
        Assert.Equal(0, Planned(project, descending: false).Queries);
        AssertPagesLikeSql(project);
    }
}
