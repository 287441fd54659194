using Zeno.Core.Functions;

namespace Zeno.Core.Tests.Functions;

/// <summary>A warm start of unchanged code loads the compiled assembly and its analysis from the cache folder.</summary>
public sealed class CompiledFunctionsTests
{
    private const string Source = """
        public static class Fns
        {
            [Distill("length")]
            public static DistillReturn Length(DataFrame batch, ZenoOptions options) =>
                new(batch.Columns[options.DataColumn!].Cast<string>().Select(t => t.Length + Helper()).ToArray());

            static int Helper() => 100;

            [Model]
            public static Func<DataFrame, ZenoOptions, ModelReturn> Load(string name) =>
                (batch, options) => new ModelReturn(Enumerable.Repeat(name, (int)batch.Rows.Count).ToArray());
        }
        """;

    private static string CompiledFolder(TempFunctions functions) =>
        Directory.GetDirectories(Path.Combine(functions.Cache, "functions-compiled")).Single();

    [Fact]
    public void The_cached_catalog_has_the_same_functions_and_they_run()
    {
        using var functions = new TempFunctions();
        var compiled = functions.Write("Fns.cs", Source).Load();
        var cached = CompiledFunctions.TryLoad(CompiledFolder(functions), "functions");

        Assert.NotNull(cached);
        Assert.Equal(compiled.Functions, cached!.Functions);
        var batch = Batches.Texts("abc", "hello");
        Assert.Equal([103, 105], cached.Distills["length"].Invoke(batch, Batches.Options).Values.Cast<int>());
        Assert.Equal(["m", "m"], cached.CreateModel("m", Batches.Options)(batch, Batches.Options).Outputs.Cast<string>());
    }

    [Fact]
    public void A_damaged_cache_entry_is_ignored_so_the_code_is_compiled_again()
    {
        using var functions = new TempFunctions();
        functions.Write("Fns.cs", Source).Load();
        var folder = CompiledFolder(functions);
        File.WriteAllText(Path.Combine(folder, "catalog.json"), "{ not json");
        Assert.Null(CompiledFunctions.TryLoad(folder, "functions"));
    }
}
