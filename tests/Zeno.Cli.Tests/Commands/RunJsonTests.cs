using System.Text.Json;
using Zeno.Tests.Support;

namespace Zeno.Cli.Tests.Commands;

/// <summary>`zeno run --json` against values computed by hand (fractions in comments show the working).</summary>
public sealed class RunJsonTests
{
    private const string ClassificationConfig = """
        name = "hand computed"
        data = "data.csv"
        id_column = "id"
        label_column = "label"

        [[models]]
        name = "a"
        output_column = "pa"

        [[models]]
        name = "b"
        output_column = "pb"

        [[metrics]]
        name = "accuracy"
        type = "accuracy"

        [[metrics]]
        name = "macro_f1"
        type = "f1"
        average = "macro"

        [[metrics]]
        name = "macro_precision"
        type = "precision"
        average = "macro"

        [[metrics]]
        name = "macro_recall"
        type = "recall"
        average = "macro"

        [[metrics]]
        name = "bird_precision"
        type = "precision"
        positive = "bird"

        [[metrics]]
        name = "bird_recall"
        type = "recall"
        positive = "bird"

        [[metrics]]
        name = "bird_f1"
        type = "f1"
        positive = "bird"

        [[metrics]]
        name = "count"
        type = "count"

        [[slices]]
        name = "g3"
        filter = 'group == "g3"'

        [[slices]]
        name = "nobody"
        filter = 'group == "g9"'

        [[tests]]
        name = "a is accurate"
        slice = "All instances"
        metric = "accuracy"
        expect = ">= 60%"
        models = "all"
        """;

    private static readonly string[][] Rows =
    [
        // id, label, pa, pb, group
        ["r1", "cat", "cat", "cat", "g1"],
        ["r2", "cat", "dog", "cat", "g1"],
        ["r3", "dog", "dog", "cat", "g1"],
        ["r4", "dog", "dog", "cat", "g2"],
        ["r5", "bird", "cat", "cat", "g2"],
        ["r6", "bird", "bird", "cat", "g2"],
        ["r7", "cat", "cat", "cat", "g2"],
        ["r8", "dog", "cat", "cat", "g3"],
        ["r9", "cat", "cat", "cat", "g3"],
        ["r10", "bird", "dog", "cat", "g3"],
    ];

    private static JsonElement RunJson(TempProject project)
    {
        var result = ZenoProcess.Run(project.Root, "run", "zeno.toml", "--json", "out.json");
        Assert.True(result.ExitCode == 0, result.All);
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(project.Root, "out.json"))).RootElement;
    }

    private static double? Value(JsonElement root, string slice, string model, string metric)
    {
        var element = root.GetProperty("slices").EnumerateArray().Single(s => s.GetProperty("name").GetString() == slice)
            .GetProperty("metrics").GetProperty(model).GetProperty(metric);
        return element.ValueKind == JsonValueKind.Null ? null : element.GetDouble();
    }

    [Fact]
    public void Classification_metrics_match_hand_computed_values()
    {
        using var project = new TempProject();
        project.WriteCsv("data.csv", ["id", "label", "pa", "pb", "group"], Rows).Write("zeno.toml", ClassificationConfig);
        var json = RunJson(project);

        Assert.Equal(["a", "b"], json.GetProperty("models").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["All instances", "g3", "nobody"], json.GetProperty("slices").EnumerateArray().Select(s => s.GetProperty("name").GetString()));

        // Model a: correct on r1 r3 r4 r6 r7 r9 → 6/10.
        Assert.Equal(0.6, Value(json, "All instances", "a", "accuracy")!.Value, 12);
        // Per class (TP, predicted, actual): cat (3,5,4), dog (2,4,3), bird (1,1,3).
        // F1 = 2TP/(2TP+FP+FN): cat 6/9, dog 4/7, bird 2/4 → macro (2/3 + 4/7 + 1/2)/3 = 73/126.
        Assert.Equal(73.0 / 126, Value(json, "All instances", "a", "macro_f1")!.Value, 12);
        Assert.Equal((3.0 / 5 + 2.0 / 4 + 1.0) / 3, Value(json, "All instances", "a", "macro_precision")!.Value, 12);
        Assert.Equal((3.0 / 4 + 2.0 / 3 + 1.0 / 3) / 3, Value(json, "All instances", "a", "macro_recall")!.Value, 12);
        Assert.Equal(1.0, Value(json, "All instances", "a", "bird_precision")!.Value, 12);
        Assert.Equal(1.0 / 3, Value(json, "All instances", "a", "bird_recall")!.Value, 12);
        Assert.Equal(0.5, Value(json, "All instances", "a", "bird_f1")!.Value, 12);

        // Model b says "cat" every time: cat F1 = 8/14, dog and bird 0 (no predictions: sklearn counts them 0) → 4/21.
        Assert.Equal(0.4, Value(json, "All instances", "b", "accuracy")!.Value, 12);
        Assert.Equal(4.0 / 21, Value(json, "All instances", "b", "macro_f1")!.Value, 12);

        // Slice g3 (r8 r9 r10): a is right on r9 only; it never predicts bird there, so bird precision is undefined.
        Assert.Equal(1.0 / 3, Value(json, "g3", "a", "accuracy")!.Value, 12);
        Assert.Null(Value(json, "g3", "a", "bird_precision"));
        Assert.Equal(0.0, Value(json, "g3", "a", "bird_recall")!.Value, 12);

        // An empty slice: every ratio is undefined (null, never 0), the count is a real 0.
        foreach (var metric in new[] { "accuracy", "macro_f1", "macro_precision", "bird_precision", "bird_recall", "bird_f1" })
            Assert.Null(Value(json, "nobody", "a", metric));
        Assert.Equal(0.0, Value(json, "nobody", "a", "count"));
        Assert.Equal(0, json.GetProperty("slices")[2].GetProperty("sizes").GetProperty("a").GetInt64());
        Assert.Equal(3, json.GetProperty("slices")[1].GetProperty("sizes").GetProperty("b").GetInt64());

        var test = Assert.Single(json.GetProperty("tests").EnumerateArray());
        Assert.Equal(">= 0.6", test.GetProperty("expect").GetString());
        Assert.True(test.GetProperty("results").GetProperty("a").GetProperty("passed").GetBoolean());
        Assert.False(test.GetProperty("results").GetProperty("b").GetProperty("passed").GetBoolean());
        Assert.Equal(0.4, test.GetProperty("results").GetProperty("b").GetProperty("value").GetDouble(), 12);
    }

    [Fact]
    public void Regression_metrics_match_hand_computed_values()
    {
        using var project = new TempProject();
        project.WriteCsv("data.csv", ["id", "y", "yhat"], [["p1", 1, 2], ["p2", 2, 2], ["p3", 3, 5], ["p4", 4, 3]])
            .Write("zeno.toml", """
                data = "data.csv"
                id_column = "id"
                label_column = "y"

                [[models]]
                name = "reg"
                output_column = "yhat"

                [[metrics]]
                name = "mae"
                type = "mae"

                [[metrics]]
                name = "rmse"
                type = "rmse"

                [[metrics]]
                name = "mean_prediction"
                type = "mean"
                column = "yhat"

                [[slices]]
                name = "big"
                filter = 'y > 2'
                """);
        var json = RunJson(project);
        // Errors 1, 0, 2, -1.
        Assert.Equal(1.0, Value(json, "All instances", "reg", "mae")!.Value, 12);
        Assert.Equal(Math.Sqrt(6.0 / 4), Value(json, "All instances", "reg", "rmse")!.Value, 12);
        Assert.Equal(3.0, Value(json, "All instances", "reg", "mean_prediction")!.Value, 12);
        // y > 2: errors 2 and -1.
        Assert.Equal(1.5, Value(json, "big", "reg", "mae")!.Value, 12);
        Assert.Equal(Math.Sqrt(5.0 / 2), Value(json, "big", "reg", "rmse")!.Value, 12);
    }
}
