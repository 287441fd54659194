using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Index;
using Zeno.Core.Store;

namespace Zeno.Core.Tests.Query.Index;

/// <summary>
/// Code columns persisted under the cache folder: a restart reads them instead of scanning, they are the very codes
/// that were built, and a changed data file, recomputed column, other layout or damaged file never gives stale codes.
/// </summary>
public sealed class CodePersistenceTests
{
    private static void AssertSameCodes(IReadOnlyList<CodeColumn> expected, IReadOnlyList<CodeColumn> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.Equal((e.Bins, e.Rows), (a.Bins, a.Rows));
            Assert.Equal(e.Bytes, a.Bytes);
            Assert.Equal(e.Shorts, a.Shorts);
            Assert.Equal(e.Totals, a.Totals);
            Assert.Equal(e.BlockTotals, a.BlockTotals);
        }
    }

    // Every chart under a filter and a clause from two of its own bars, by the index (fresh caches, as after a restart) and by SQL.
    private static void AssertIndexAnswersLikeSql(CodeFileProject project)
    {
        var plain = new HistogramRequest(CodeFileProject.Columns) { Model = "a" };
        var sql = new HistogramEngine(project.Context, new HistogramCache(), QueryPath.Sql);
        var first = sql.Compute(plain);
        var request = plain with
        {
            Filter = first.Columns.Single(c => c.Column == "flag").Buckets[0].Filter,
            Selections = [new SelectionClause("score", first.Columns.Single(c => c.Column == "score").Buckets[1].Filter)],
        };
        foreach (var asked in new[] { plain, request })
        {
            var index = new HistogramEngine(project.Context, new HistogramCache(), QueryPath.Index, new IndexCache(IndexOptions.DefaultBudgetBytes));
            HistogramComparison.AssertSame(sql.Compute(asked), index.Compute(asked), "persisted codes");
        }
    }

    [Fact]
    public async Task Codes_written_then_loaded_equal_the_built_ones_byte_for_byte_without_a_scan()
    {
        using var project = await CodeFileProject.CreateAsync();
        var (built, scans) = project.Codes(CodeFileProject.Columns);
        Assert.Equal(1, scans);
        Assert.Contains(built, column => column.Shorts is not null);
        Assert.Contains(built, column => column.Bytes is not null);
        Assert.Equal(CodeFileProject.Columns.Length, project.Files.Count);

        var (loaded, rescans) = project.Codes(CodeFileProject.Columns);
        Assert.Equal(0, rescans);
        AssertSameCodes(built, loaded);
    }

    [Fact]
    public async Task A_reopened_project_answers_histograms_from_persisted_codes_as_sql_does()
    {
        using var project = await CodeFileProject.CreateAsync();
        AssertIndexAnswersLikeSql(project);
        var files = project.Files;
        await project.ReopenAsync();
        // The requests' shape: the engine's default top values.
        Assert.Equal(0, project.Codes(CodeFileProject.Columns, topValues: new HistogramRequest([]).TopValues).Scans);
        AssertIndexAnswersLikeSql(project);
        Assert.Equal(files, project.Files);
    }

    [Fact]
    public async Task Another_layout_builds_its_own_codes_and_keeps_the_first()
    {
        using var project = await CodeFileProject.CreateAsync();
        var (built, _) = project.Codes(["score"]);
        Assert.Equal(1, project.Codes(["score"], bins: 5).Scans);
        Assert.Equal(2, project.Files.Count);
        var (again, scans) = project.Codes(["score"]);
        Assert.Equal(0, scans);
        AssertSameCodes(built, again);
    }

    [Fact]
    public async Task A_layout_cut_differently_under_the_same_layout_key_is_another_file()
    {
        using var project = await CodeFileProject.CreateAsync();
        var context = project.Context;
        var view = context.View("a", null);
        var resolver = new Zeno.Core.Query.Evaluation.ViewColumnResolver(view, context.Instances);
        using var connection = context.Store.OpenReader();
        ChartPlan Plan(int bins) => ChartPlanner.Plan(context, new HistogramCache(), view, resolver, "score", ("a", null), (20, bins), 0, () => connection);
        var (ten, five) = (Plan(10), Plan(5));
        // As if a later Zeno measured other edges for the same column and shape.
        var recut = five with { LayoutKey = ten.LayoutKey };
        var column = view.Find("score")!;
        Assert.NotEqual(IndexKeys.CodeFile(context, column, ten, resolver, 700), IndexKeys.CodeFile(context, column, recut, resolver, 700));
        Assert.NotEqual(IndexKeys.CodeFile(context, column, ten, resolver, 700), IndexKeys.CodeFile(context, column, ten, resolver, 701));
    }

    [Fact]
    public async Task Recomputed_outputs_rebuild_their_codes_only_and_their_old_files_are_deleted()
    {
        using var project = await CodeFileProject.CreateAsync();
        project.Codes(CodeFileProject.Columns);
        var (oldData, oldComputed) = (IndexKeys.CodeFileGeneration(project.Context, false), IndexKeys.CodeFileGeneration(project.Context, true));

        CodeFileProject.WritePredictions(project.Folder, 700, seed: 3);
        await project.ReopenAsync();
        Assert.Equal(oldData, IndexKeys.CodeFileGeneration(project.Context, false));
        Assert.NotEqual(oldComputed, IndexKeys.CodeFileGeneration(project.Context, true));
        Assert.Equal(0, project.Codes(["score", "city", "flag"]).Scans);
        Assert.Equal(1, project.Codes(["output"]).Scans);
        Assert.DoesNotContain(project.Files, name => name.StartsWith(oldComputed, StringComparison.Ordinal));
        Assert.Equal(3, project.Files.Count(name => name.StartsWith(oldData, StringComparison.Ordinal)));
        AssertIndexAnswersLikeSql(project);
    }

    [Fact]
    public async Task A_changed_data_file_rebuilds_every_column_and_deletes_every_old_file()
    {
        using var project = await CodeFileProject.CreateAsync();
        project.Codes(CodeFileProject.Columns);
        var old = project.Files;

        CodeFileProject.WriteData(project.Folder, 700, seed: 4);
        await project.ReopenAsync();
        Assert.Equal(1, project.Codes(CodeFileProject.Columns).Scans);
        Assert.Empty(project.Files.Intersect(old));
        Assert.Equal(CodeFileProject.Columns.Length, project.Files.Count);
        AssertIndexAnswersLikeSql(project);
    }

    [Fact]
    public async Task Truncated_corrupted_or_foreign_files_are_rebuilt_and_overwritten()
    {
        using var project = await CodeFileProject.CreateAsync();
        var (built, _) = project.Codes(CodeFileProject.Columns);
        var paths = project.Files.Select(name => Path.Combine(project.IndexFolder, name)).ToList();
        Assert.Equal(4, paths.Count);
        using (var truncated = File.OpenWrite(paths[0]))
            truncated.SetLength(truncated.Length - 7);
        var flipped = File.ReadAllBytes(paths[1]);
        flipped[CodeFileFormat.HeaderBytes + 3] ^= 0x10;
        File.WriteAllBytes(paths[1], flipped);
        // Another column's file under this one's name.
        File.Copy(paths[3], paths[2], overwrite: true);
        File.WriteAllBytes(paths[3], new byte[10]);

        var (rebuilt, scans) = project.Codes(CodeFileProject.Columns);
        Assert.Equal(1, scans);
        AssertSameCodes(built, rebuilt);
        var (loaded, rescans) = project.Codes(CodeFileProject.Columns);
        Assert.Equal(0, rescans);
        AssertSameCodes(built, loaded);

        File.WriteAllBytes(paths[1], flipped);
        AssertIndexAnswersLikeSql(project);
    }

    [Fact]
    public void A_store_without_a_folder_persists_nothing()
    {
        using var store = ZenoStore.InMemory();
        Assert.Null(store.CacheFolder);
        Assert.Null(CodeFiles.Of(store, new IndexCache(IndexOptions.DefaultBudgetBytes)));
    }
}
