using Zeno.Core.Config;
using Zeno.Core.Project;
using Zeno.Core.State;
using Zeno.Reports.Snapshot;
using Zeno.Tests.Support;

namespace Zeno.Reports.Tests.Snapshot;

/// <summary>
/// A real project on disk, processed: 60 rows, three models whose outputs are data columns (75%, 80%, 90% correct),
/// accuracy and count, two zeno.toml slices and one test. Rows are public so tests compute their oracles with LINQ.
/// </summary>
internal sealed class ReportProject : IDisposable
{
    public const string Config = """
        name = "reviews"
        data = "data.csv"
        id_column = "id"
        label_column = "label"

        [[models]]
        name = "v1"
        output_column = "v1"

        [[models]]
        name = "v2"
        output_column = "v2"

        [[models]]
        name = "v3"
        output_column = "v3"

        [[metrics]]
        name = "accuracy"
        type = "accuracy"

        [[metrics]]
        name = "count"
        type = "count"

        [[slices]]
        name = "kind a"
        folder = "by kind"
        filter = 'kind == "a"'

        [[slices]]
        name = "long"
        filter = 'length >= 30'

        [[tests]]
        name = "accurate overall"
        slice = "All instances"
        metric = "accuracy"
        expect = "> 0.85"
        """;

    public sealed record Row(string Id, string Label, string V1, string V2, string V3, string Kind, long Length)
    {
        public string Output(string model) => model switch { "v1" => V1, "v2" => V2, _ => V3 };
    }

    public static readonly Row[] Rows = [.. Enumerable.Range(0, 60).Select(i =>
    {
        var label = i % 2 == 0 ? "pos" : "neg";
        var wrong = label == "pos" ? "neg" : "pos";
        return new Row($"r{i:D2}", label, i % 4 == 0 ? wrong : label, i % 5 == 0 ? wrong : label, i % 10 == 0 ? wrong : label,
            i % 3 == 0 ? "a" : "b", 10 + i % 40);
    })];

    private readonly TempProject _folder = new();

    private ReportProject()
    {
    }

    public ZenoProject Project { get; private set; } = null!;

    public StateService State { get; private set; } = null!;

    public static async Task<ReportProject> OpenAsync(string config = Config)
    {
        var project = new ReportProject();
        project._folder.WriteCsv("data.csv", ["id", "label", "v1", "v2", "v3", "kind", "length"],
            Rows.Select(r => new object?[] { r.Id, r.Label, r.V1, r.V2, r.V3, r.Kind, r.Length }));
        await project.ReopenAsync(config);
        return project;
    }

    /// <summary>Closes the project and opens it again with another zeno.toml over the same store (saved state kept).</summary>
    public async Task ReopenAsync(string config)
    {
        Project?.Dispose();
        _folder.Write("zeno.toml", config);
        Project = ZenoProject.Open(ConfigLoader.Load(_folder.ConfigPath));
        await Project.RunPipelineAsync();
        State = new StateService(Project.Store, Project.Config);
    }

    public ReportSnapshotBuilder Builder(TimeProvider? time = null) => new(Project.EvaluationContext(), State, time);

    /// <summary>Accuracy of a model on the rows that pass <paramref name="where"/>; null when none do.</summary>
    public static double? Accuracy(string model, Func<Row, bool> where)
    {
        var rows = Rows.Where(where).ToList();
        return rows.Count == 0 ? null : rows.Count(r => r.Output(model) == r.Label) / (double)rows.Count;
    }

    public void Dispose()
    {
        Project?.Dispose();
        _folder.Dispose();
    }
}
