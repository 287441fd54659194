using System.Globalization;
using System.Text;
using Zeno.Core.Config;
using Zeno.Core.Project;
using Zeno.Core.Query.Evaluation;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Query.Rows;

/// <summary>
/// A real project of 20 instances whose four models' predictions are data columns: "a" and "b" predict classes,
/// "na" and "nb" numbers. Scores and groups repeat (ties), one score and one numeric prediction are missing. The
/// expected values of every row are kept here, so tests compute their expectations with LINQ.
/// </summary>
public sealed class RowProject : IDisposable
{
    public const int Count = 20;
    private static readonly string[] Groups = ["red", "green", "blue"];

    private readonly TempProject _folder = new();
    private readonly ZenoProject _project;

    public RowProject()
    {
        var csv = new StringBuilder("id,text,label,group,score,n,when,flag,pred_a,pred_b,num_a,num_b\n");
        for (var i = 0; i < Count; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Id(i)},\"text {i}\",{Label(i)},{Group(i)},{Format(Score(i))},{i * 3},");
            csv.Append(CultureInfo.InvariantCulture, $"2024-01-{i + 1:D2},{(i % 2 == 0 ? "true" : "false")},{PredA(i)},{PredB(i)},{Format(NumA(i))},{Format(NumB(i))}\n");
        }
        _folder.Write("data.csv", csv.ToString()).Write("zeno.toml", """
            data = "data.csv"
            id_column = "id"
            data_column = "text"
            label_column = "label"

            [[models]]
            name = "a"
            output_column = "pred_a"

            [[models]]
            name = "b"
            output_column = "pred_b"

            [[models]]
            name = "na"
            output_column = "num_a"

            [[models]]
            name = "nb"
            output_column = "num_b"
            """);
        _project = ZenoProject.Open(ConfigLoader.Load(_folder.ConfigPath));
        _project.RunPipelineAsync().GetAwaiter().GetResult();
        Context = _project.EvaluationContext();
    }

    public EvaluationContext Context { get; }

    public static IEnumerable<int> All => Enumerable.Range(0, Count);

    public static string Id(int i) => $"r{i:D2}";

    public static string Label(int i) => i % 2 == 0 ? "cat" : "dog";

    public static string Group(int i) => Groups[i % 3];

    /// <summary>0, 1.5, 3, 4.5, 6 repeating (each four times), missing for row 7.</summary>
    public static double? Score(int i) => i == 7 ? null : i % 5 * 1.5;

    public static string PredA(int i) => i % 4 == 0 ? "dog" : Label(i);

    public static string PredB(int i) => i % 3 == 0 ? "cat" : Label(i);

    public static double NumA(int i) => i * 0.5;

    /// <summary>20 − i, missing for row 5.</summary>
    public static double? NumB(int i) => i == 5 ? null : 20 - i;

    private static string Format(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public void Dispose()
    {
        _project.Dispose();
        _folder.Dispose();
    }
}
