using Zeno.Core.Errors;
using Zeno.Core.Functions;

namespace Zeno.Core.Tests.Functions;

public sealed class FunctionLoaderTests
{
    private const string Metrics = """
        // Short on purpose: the implicit usings bring in Zeno and Microsoft.Data.Analysis.
        public static class Metrics
        {
            [Metric("mean label")]
            public static MetricReturn MeanLabel(DataFrame slice, ZenoOptions options)
            {
                var labels = (PrimitiveDataFrameColumn<double>)slice[options.LabelColumn!];
                return slice.Rows.Count == 0 ? MetricReturn.Undefined : labels.Sum(value => value ?? 0) / slice.Rows.Count;
            }

            [Metric]
            internal static double Count(DataFrame slice, ZenoOptions options) => slice.Rows.Count;

            [Metric]
            static double? Nothing(DataFrame slice, ZenoOptions options) => null;
        }
        """;

    private const string Distills = """
        namespace My.Functions;

        internal static class Text
        {
            [Distill]
            public static DistillReturn Length(DataFrame batch, ZenoOptions options) =>
                new(((StringDataFrameColumn)batch[options.DataColumn!]).Select(text => text?.Length ?? 0));

            [Transform("upper")]
            public static TransformReturn Upper(DataFrame batch, ZenoOptions options) =>
                new(((StringDataFrameColumn)batch[options.DataColumn!]).Select(text => text?.ToUpperInvariant()));
        }
        """;

    private const string Model = """
        public static class Models
        {
            [Model]
            public static Func<DataFrame, ZenoOptions, ModelReturn> Load(string modelName) =>
                (batch, options) => new ModelReturn(((StringDataFrameColumn)batch[options.DataColumn!]).Select(text => $"{modelName}:{text}"))
                {
                    Columns = new Dictionary<string, System.Collections.IEnumerable> { ["confidence"] = Enumerable.Repeat(0.5, (int)batch.Rows.Count) },
                };
        }
        """;

    [Fact]
    public void A_folder_with_one_function_of_each_kind_compiles_and_every_function_can_be_called()
    {
        using var functions = new TempFunctions()
            .Write("metrics.cs", Metrics)
            .Write("text/distills.cs", Distills)
            .Write("models/model.cs", Model);
        var catalog = functions.Load();
        var batch = Batches.Texts("a", "bb", "ccc");

        Assert.Equal(new MetricReturn(1.0), catalog.Metrics["mean label"].Invoke(batch, Batches.Options));
        Assert.Equal(new MetricReturn(3.0), catalog.Metrics["count"].Invoke(batch, Batches.Options));
        Assert.Equal(MetricReturn.Undefined, catalog.Metrics["Nothing"].Invoke(batch, Batches.Options));
        Assert.Equal(new object?[] { 1, 2, 3 }, catalog.Distills["Length"].Invoke(batch, Batches.Options).Values);
        Assert.Equal(new object?[] { "A", "BB", "CCC" }, catalog.Transforms["upper"].Invoke(batch, Batches.Options).Data);
        var model = catalog.CreateModel("small", Batches.Options);
        var outputs = model(batch, Batches.Options);
        Assert.Equal(new object?[] { "small:a", "small:bb", "small:ccc" }, outputs.Outputs);
        Assert.Equal(new[] { 0.5, 0.5, 0.5 }, outputs.Columns!["confidence"].Cast<double>());
    }

    [Fact]
    public void Descriptors_name_the_kind_the_declaring_type_and_the_file_relative_to_the_config_folder()
    {
        using var functions = new TempFunctions().Write("text/distills.cs", Distills).Write("models/model.cs", Model);
        var catalog = functions.Load();

        var length = catalog.Distills["length"].Descriptor;
        Assert.Equal(FunctionKind.Distill, length.Kind);
        Assert.Equal("Length", length.Name);
        Assert.Equal("My.Functions.Text", length.DeclaringType);
        Assert.Equal("Length", length.MethodName);
        Assert.Equal(new SourceLocation(Path.Combine("functions", "text", "distills.cs"), 6, 33), length.Location);
        Assert.Matches("^[0-9a-f]{24}$", length.Fingerprint);
        Assert.Equal(new[] { "Load", "Length", "upper" }, catalog.Functions.Select(descriptor => descriptor.Name));
        Assert.Equal(FunctionKind.Model, catalog.Model!.Descriptor.Kind);
    }

    [Fact]
    public void An_empty_folder_gives_the_empty_catalog()
    {
        using var functions = new TempFunctions().Write("README.md", "no code here");

        Assert.Same(FunctionCatalog.Empty, functions.Load());
        Assert.True(FunctionCatalog.Empty.IsEmpty);
    }

    [Fact]
    public void Files_under_bin_obj_and_hidden_folders_are_not_compiled()
    {
        using var functions = new TempFunctions()
            .Write("metrics.cs", Metrics)
            .Write("bin/Debug/broken.cs", "this is not C#")
            .Write("obj/broken.cs", "nor is this")
            .Write(".vs/broken.cs", "nor this");

        Assert.Equal(3, functions.Load().Metrics.Count);
    }

    [Fact]
    public void A_compile_error_is_reported_with_its_file_line_and_column()
    {
        using var functions = new TempFunctions()
            .Write("metrics.cs", Metrics)
            .Write("sub/bad.cs", "public static class Bad\n{\n    static int Broken() => \"text\";\n}\n");

        var error = Assert.Throws<FunctionCompileException>(functions.Load);

        var expected = $"{Path.Combine("functions", "sub", "bad.cs")}:3:28: error CS0029:";
        Assert.Contains(expected, error.Message);
        var only = Assert.Single(error.Errors);
        Assert.Equal(new SourceLocation(Path.Combine("functions", "sub", "bad.cs"), 3, 28), only.Location);
        Assert.Equal("functions", error.Folder);
        Assert.IsAssignableFrom<ZenoException>(error);
    }

    [Fact]
    public void A_long_list_of_compile_errors_is_cut_after_twenty()
    {
        var lines = string.Join('\n', Enumerable.Range(0, 25).Select(index => $"    static int F{index}() => \"x\";"));
        var error = Assert.Throws<FunctionCompileException>(() => TempFunctions.LoadSingle($"static class Many\n{{\n{lines}\n}}\n"));

        Assert.Equal(25, error.Errors.Count);
        Assert.Contains("and 5 more", error.Message);
    }

    [Fact]
    public void A_function_that_throws_surfaces_the_users_own_exception()
    {
        var catalog = TempFunctions.LoadSingle("""
            public static class Failing
            {
                [Distill]
                public static DistillReturn Boom(DataFrame batch, ZenoOptions options) =>
                    throw new InvalidOperationException("no text here");
            }
            """);

        var error = Assert.Throws<InvalidOperationException>(() => catalog.Distills["Boom"].Invoke(Batches.Texts("a"), Batches.Options));
        Assert.Equal("no text here", error.Message);
        // The in-memory PDB gives the user's stack trace their file and line.
        Assert.Contains("functions.cs:line 5", error.StackTrace);
    }

    [Fact]
    public void The_same_code_is_compiled_once_per_process()
    {
        using var functions = new TempFunctions().Write("metrics.cs", Metrics);

        var first = functions.Load();
        Assert.Same(first, functions.Load());

        functions.Write("more.cs", "static class More { }");
        var changed = functions.Load();
        Assert.NotSame(first, changed);
        Assert.Same(changed, functions.Load());
    }

    [Fact]
    public void A_missing_folder_and_a_folder_with_two_projects_are_reported()
    {
        using var functions = new TempFunctions();
        var missing = Assert.Throws<ZenoException>(() => FunctionLoader.Load(Path.Combine(functions.Root, "nope"), functions.Cache, functions.Root));
        Assert.Contains("'nope' does not exist", missing.Message);

        functions.Write("a.csproj", "<Project />").Write("b.csproj", "<Project />");
        var two = Assert.Throws<ZenoException>(functions.Load);
        Assert.Contains("a.csproj, b.csproj", two.Message);
    }

    [Fact]
    public void Calling_the_model_without_a_model_factory_says_so()
    {
        var catalog = TempFunctions.LoadSingle(Metrics);

        var error = Assert.Throws<ZenoException>(() => catalog.CreateModel("small", Batches.Options));
        Assert.Contains("[Model]", error.Message);
        Assert.Null(catalog.Model);
    }
}
