using Zeno.Tests.Support;

namespace Zeno.Cli.Tests.Commands;

/// <summary>Every kind of user mistake gets exit code 2 and a message that names the file, line, key or rows — no stack trace.</summary>
public sealed class BadInputTests
{
    private const string Header = """
        data = "data.csv"
        id_column = "id"
        data_column = "text"
        label_column = "label"

        """;

    private const string Model = """

        [[models]]
        name = "m"
        output_column = "guess"

        [[metrics]]
        name = "accuracy"
        type = "accuracy"
        """;

    private static TempProject Project(string config)
    {
        var project = new TempProject();
        project.WriteCsv("data.csv", ["id", "text", "label", "guess"],
        [
            ["a", "free money now", "spam", "spam"],
            ["b", "lunch tomorrow?", "ham", "spam"],
            ["c", "meeting notes", "ham", "ham"],
        ]);
        project.Write("zeno.toml", config);
        return project;
    }

    private static ZenoProcess.Result Fails(TempProject project, params string[] command)
    {
        var result = ZenoProcess.Run(project.Root, command.Length > 0 ? command : ["run", "zeno.toml"]);
        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}: {result.All}");
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
        return result;
    }

    [Fact]
    public void A_typo_in_a_key_names_the_line_and_suggests_the_key()
    {
        using var project = Project(Header + Model.Replace("output_column", "outptu_column", StringComparison.Ordinal));
        var result = Fails(project);
        Assert.Contains("zeno.toml:8:", result.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'output_column'", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_unknown_column_in_a_slice_lists_the_columns_and_suggests_one()
    {
        using var project = Project(Header + Model + "\n\n[[slices]]\nname = \"spam\"\nfilter = 'lable == \"spam\"'\n");
        var result = Fails(project);
        Assert.Contains("zeno.toml:16", result.Error, StringComparison.Ordinal);
        Assert.Contains("unknown column 'lable'", result.Error, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'label'", result.Error, StringComparison.Ordinal);
        Assert.Contains("id, text, label, guess", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_filter_syntax_points_at_the_column()
    {
        using var project = Project(Header + Model + "\n\n[[slices]]\nname = \"spam\"\nfilter = 'label = \"spam\"'\n");
        var result = Fails(project);
        Assert.Contains("zeno.toml:16", result.Error, StringComparison.Ordinal);
        Assert.Contains("column 7", result.Error, StringComparison.Ordinal);
        Assert.Contains("^", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_data_file_is_named()
    {
        using var project = Project(Header.Replace("data.csv", "missing.csv", StringComparison.Ordinal) + Model);
        var result = Fails(project);
        Assert.Contains("missing.csv", result.Error, StringComparison.Ordinal);
        Assert.Contains("zeno.toml:1", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_config_file_suggests_zeno_init()
    {
        using var project = new TempProject();
        var result = Fails(project, "run", "nowhere.toml");
        Assert.Contains("nowhere.toml", result.Error, StringComparison.Ordinal);
        Assert.Contains("zeno init", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_function_that_does_not_compile_shows_file_line_and_compiler_error()
    {
        using var project = Project(Header + "functions = \"functions\"\n" + Model);
        project.Write("functions/Broken.cs", "public static class Broken\n{\n    public static int X() => \"text\";\n}\n");
        var result = Fails(project);
        Assert.Contains("Broken.cs:3:", result.Error, StringComparison.Ordinal);
        Assert.Contains("CS0029", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_function_that_throws_names_the_function_the_rows_and_the_first_error()
    {
        using var project = Project(Header + "functions = \"functions\"\n" + Model + """


            [[tests]]
            name = "ok"
            slice = "All instances"
            metric = "accuracy"
            expect = "> 0.1"
            """);
        project.Write("functions/Fns.cs", """
            public static class Fns
            {
                [Distill("shouty")]
                public static DistillReturn Shouty(DataFrame batch, ZenoOptions options) =>
                    new(batch.Columns[options.DataColumn!].Cast<string>().Select(t => t.Contains('?') ? throw new InvalidDataException("no questions") : t.ToUpperInvariant() == t).ToArray());
            }
            """);
        var run = ZenoProcess.Run(project.Root, "run", "zeno.toml");
        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("distill shouty failed on 1 rows (ids: b)", run.Output, StringComparison.Ordinal);
        Assert.Contains("InvalidDataException: no questions", run.Output, StringComparison.Ordinal);

        // As a CI gate, results computed over failed rows are an error, not a verdict.
        var test = Fails(project, "test", "zeno.toml");
        Assert.Contains("failed on 1 rows", test.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_metric_that_is_neither_built_in_nor_a_function_is_explained()
    {
        using var project = Project(Header + Model + "\n\n[[metrics]]\nname = \"acuracy\"\n");
        var result = Fails(project);
        Assert.Contains("'acuracy' is neither a built-in metric type nor a [Metric] function", result.Error, StringComparison.Ordinal);
        Assert.Contains("zeno.toml:14", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_gets_help()
    {
        using var project = new TempProject();
        var result = ZenoProcess.Run(project.Root, "rnu");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("rnu", result.All, StringComparison.Ordinal);
    }
}
