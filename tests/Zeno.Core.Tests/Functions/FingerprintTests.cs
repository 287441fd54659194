using Zeno.Core.Functions;

namespace Zeno.Core.Tests.Functions;

public sealed class FingerprintTests
{
    private const string Original = """
        static class Text
        {
            const int Minimum = 2;

            [Distill]
            static DistillReturn Words(DataFrame batch, ZenoOptions options) =>
                new(Texts(batch, options).Select(text => Split(text).Length));

            [Distill]
            static DistillReturn Shouting(DataFrame batch, ZenoOptions options) =>
                new(Texts(batch, options).Select(text => text == text.ToUpperInvariant()));

            static IEnumerable<string> Texts(DataFrame batch, ZenoOptions options) =>
                ((StringDataFrameColumn)batch[options.DataColumn!]).Select(text => text ?? "");

            static string[] Split(string text) => text.Split(' ').Where(word => word.Length >= Minimum).ToArray();
        }
        """;

    private static IReadOnlyDictionary<string, string> Fingerprints(string source) =>
        TempFunctions.LoadSingle(source).Functions.ToDictionary(function => function.Name, function => function.Fingerprint);

    [Fact]
    public void Comments_blank_lines_and_indentation_do_not_change_a_fingerprint()
    {
        var edited = "// Text statistics.\n" + Original
            .Replace("static string[] Split", "/// <summary>Words of two letters or more.</summary>\n    static   string[]   Split")
            .Replace("=> text.Split", "=>\n        // spaces only\n        text.Split")
            .Replace("    ", "\t");

        Assert.Equal(Fingerprints(Original), Fingerprints(edited));
    }

    [Fact]
    public void Editing_a_helper_changes_the_functions_that_call_it_and_no_other()
    {
        var before = Fingerprints(Original);
        var after = Fingerprints(Original.Replace("text.Split(' ')", "text.Split(' ', '\\t')"));

        Assert.NotEqual(before["Words"], after["Words"]);
        Assert.Equal(before["Shouting"], after["Shouting"]);
    }

    [Fact]
    public void Editing_a_constant_that_a_helper_reads_changes_the_function()
    {
        var before = Fingerprints(Original);
        var after = Fingerprints(Original.Replace("const int Minimum = 2;", "const int Minimum = 3;"));

        Assert.NotEqual(before["Words"], after["Words"]);
        Assert.Equal(before["Shouting"], after["Shouting"]);
    }

    [Fact]
    public void Editing_a_helper_in_another_file_and_class_changes_the_function()
    {
        const string Distill = """
            static class Lengths
            {
                [Distill]
                static DistillReturn Score(DataFrame batch, ZenoOptions options) =>
                    new(((StringDataFrameColumn)batch[options.DataColumn!]).Select(text => new Scorer(text ?? "").Value));

                [Distill]
                static DistillReturn Plain(DataFrame batch, ZenoOptions options) => new(new int[(int)batch.Rows.Count]);
            }
            """;
        const string Scorer = "sealed class Scorer(string text) { public int Value => text.Length * Factor; static int Factor = 2; }";

        using var before = new TempFunctions().Write("lengths.cs", Distill).Write("helpers/scorer.cs", Scorer);
        using var after = new TempFunctions().Write("lengths.cs", Distill).Write("helpers/scorer.cs", Scorer.Replace("Factor = 2", "Factor = 3"));
        var old = before.Load().Distills;
        var changed = after.Load().Distills;

        Assert.NotEqual(old["Score"].Descriptor.Fingerprint, changed["Score"].Descriptor.Fingerprint);
        Assert.Equal(old["Plain"].Descriptor.Fingerprint, changed["Plain"].Descriptor.Fingerprint);
    }

    [Fact]
    public void Renaming_a_function_through_its_attribute_changes_its_fingerprint()
    {
        var before = Fingerprints(Original);
        var after = Fingerprints(Original.Replace("[Distill]\n    static DistillReturn Words", "[Distill(\"words\")]\n    static DistillReturn Words"));

        Assert.NotEqual(before["Words"], after["words"]);
        Assert.Equal(before["Shouting"], after["Shouting"]);
    }

    [Fact]
    public void Adding_an_unrelated_function_to_the_same_class_changes_nothing()
    {
        var before = Fingerprints(Original);
        var after = Fingerprints(Original.Replace(
            "static string[] Split",
            "[Metric] static double Count(DataFrame slice, ZenoOptions options) => slice.Rows.Count;\n    static string[] Split"));

        Assert.Equal(before["Words"], after["Words"]);
        Assert.Equal(before["Shouting"], after["Shouting"]);
    }
}
