using Zeno.Core.Pipeline;
using Zeno.Core.Store;

namespace Zeno.Core.Tests.Pipeline;

public sealed class PipelineCachingTests
{
    private static async Task<PipelineResult> RunAsync(SmallProject project)
    {
        using var opened = project.Open();
        return await opened.RunPipelineAsync();
    }

    private static IReadOnlyDictionary<ColumnKey, string> Manifest(SmallProject project)
    {
        using var opened = project.Open();
        return opened.Store.Manifest().ToDictionary(entry => entry.Key, entry => entry.Fingerprint);
    }

    private static HashSet<string> Recomputed(PipelineResult result) =>
        result.Steps.Where(step => step.Computed > 0).Select(step => step.Key.ToString()).ToHashSet();

    [Fact]
    public async Task A_first_run_computes_every_step_for_every_model_and_transform()
    {
        using var project = new SmallProject();
        var result = await RunAsync(project);
        Assert.Equal(
            new HashSet<string>
            {
                "transformdata:upper", "distill:length", "distill:shout",
                "output:output@short", "output:output@long", "output:output@short~upper", "output:output@long~upper",
                "distill:correct@short", "distill:correct@long", "distill:correct@short~upper", "distill:correct@long~upper",
            },
            Recomputed(result));
        Assert.All(result.Steps, step => Assert.Equal(2, step.Computed));
    }

    [Fact]
    public async Task A_second_run_of_an_unchanged_project_recomputes_nothing()
    {
        using var project = new SmallProject();
        await RunAsync(project);
        var before = Manifest(project);
        var second = await RunAsync(project);
        Assert.Equal(0, second.ComputedPartitions);
        Assert.Equal(before, Manifest(project));
    }

    [Fact]
    public async Task Editing_a_helper_recomputes_only_the_distill_that_calls_it()
    {
        using var project = new SmallProject();
        await RunAsync(project);
        var before = Manifest(project);
        project.Folder.Write("functions/Fns.cs", SmallProject.Functions.Replace(
            "text.ToUpperInvariant() == text", "text.Length > 0 && text.ToUpperInvariant() == text", StringComparison.Ordinal));
        var result = await RunAsync(project);
        Assert.Equal(new HashSet<string> { "distill:shout" }, Recomputed(result));
        var after = Manifest(project);
        Assert.All(before.Where(pair => pair.Key.Name != "shout"), pair => Assert.Equal(pair.Value, after[pair.Key]));
        Assert.NotEqual(before[new ColumnKey(ColumnKind.Distill, "shout")], after[new ColumnKey(ColumnKind.Distill, "shout")]);
    }

    [Fact]
    public async Task Editing_the_model_recomputes_outputs_and_the_distills_that_read_them_but_not_the_others()
    {
        using var project = new SmallProject();
        await RunAsync(project);
        project.Folder.Write("functions/Fns.cs", SmallProject.Functions.Replace("name == \"long\" ? 12 : 8", "name == \"long\" ? 14 : 8", StringComparison.Ordinal));
        var result = await RunAsync(project);
        Assert.Equal(
            new HashSet<string>
            {
                "output:output@short", "output:output@long", "output:output@short~upper", "output:output@long~upper",
                "distill:correct@short", "distill:correct@long", "distill:correct@short~upper", "distill:correct@long~upper",
            },
            Recomputed(result));
    }

    [Fact]
    public async Task Comments_and_whitespace_do_not_invalidate_the_cache()
    {
        using var project = new SmallProject();
        await RunAsync(project);
        project.Folder.Write("functions/Fns.cs", "// a comment at the top\n" + SmallProject.Functions.Replace("    ", "      ", StringComparison.Ordinal));
        var result = await RunAsync(project);
        Assert.Equal(0, result.ComputedPartitions);
    }

    [Fact]
    public async Task Changing_the_data_file_recomputes_everything()
    {
        using var project = new SmallProject();
        var first = await RunAsync(project);
        File.AppendAllText(Path.Combine(project.Folder.Root, "data.csv"), "\"e999\",\"one more email\",\"ham\"\n");
        var result = await RunAsync(project);
        Assert.Equal(first.Steps.Select(step => step.Key.ToString()).ToHashSet(), Recomputed(result));
    }

    [Fact]
    public async Task A_removed_function_loses_its_column()
    {
        using var project = new SmallProject();
        await RunAsync(project);
        var withoutShout = SmallProject.Functions.Replace("[Distill(\"shout\")]", "", StringComparison.Ordinal)
            .Replace("public static DistillReturn Shout", "static DistillReturn Shout", StringComparison.Ordinal);
        project.Folder.Write("functions/Fns.cs", withoutShout);
        await RunAsync(project);
        Assert.DoesNotContain(Manifest(project).Keys, key => key.Name == "shout");
    }
}
