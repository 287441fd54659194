using DuckDB.NET.Data;
using Zeno.Core.Config;
using Zeno.Core.Project;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Index;
using Zeno.Tests.Support;

namespace Zeno.Core.Tests.Query.Index;

/// <summary>
/// A small file-backed project whose index persists its codes: a number, a nominal column with more values than a
/// byte codes (so top values of 400 give short codes), a boolean, and a model whose predictions file makes "output" a
/// computed column. It can be reopened, as a restarted server reopens it, after its files are changed.
/// </summary>
internal sealed class CodeFileProject : IDisposable
{
    public static readonly string[] Columns = ["score", "city", "flag", "output"];

    private CodeFileProject(TempProject folder)
    {
        Folder = folder;
        Project = ZenoProject.Open(ConfigLoader.Load(folder.ConfigPath));
    }

    public TempProject Folder { get; }

    public ZenoProject Project { get; private set; }

    public EvaluationContext Context => Project.EvaluationContext();

    public string IndexFolder => Path.Combine(Folder.Root, ".zeno", CodeFiles.FolderName);

    public IReadOnlyList<string> Files => Directory.Exists(IndexFolder)
        ? [.. Directory.EnumerateFiles(IndexFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!]
        : [];

    public static async Task<CodeFileProject> CreateAsync(int rows = 700)
    {
        var folder = new TempProject();
        WriteData(folder, rows, seed: 1);
        WritePredictions(folder, rows, seed: 2);
        folder.Write("zeno.toml", """
            data = "data.csv"
            id_column = "id"
            label_column = "label"

            [[models]]
            name = "a"
            predictions = "a.csv"
            """);
        var project = new CodeFileProject(folder);
        await project.Project.RunPipelineAsync();
        return project;
    }

    public static void WriteData(TempProject folder, int rows, int seed)
    {
        var random = new Random(seed);
        folder.WriteCsv("data.csv", ["id", "score", "city", "flag", "label"], Enumerable.Range(0, rows).Select(i => new object?[]
        {
            $"r{i:D5}",
            random.Next(9) == 0 ? null : Math.Round(random.NextDouble() * 100, 2),
            $"city{random.Next(320):D3}",
            random.Next(2) == 0,
            random.Next(2) == 0 ? "yes" : "no",
        }));
    }

    public static void WritePredictions(TempProject folder, int rows, int seed)
    {
        var random = new Random(seed);
        folder.WriteCsv("a.csv", ["id", "output"], Enumerable.Range(0, rows).Select(i => new object?[] { $"r{i:D5}", random.Next(3) == 0 ? "yes" : "no" }));
    }

    /// <summary>Opens the project again, as a restarted server does, and brings its computed columns up to date.</summary>
    public async Task ReopenAsync()
    {
        Project.Dispose();
        Project = ZenoProject.Open(ConfigLoader.Load(Folder.ConfigPath));
        await Project.RunPipelineAsync();
    }

    /// <summary>The codes of <paramref name="columns"/> as a fresh process gets them (empty caches), and how many DuckDB scans that took.</summary>
    public (List<CodeColumn> Codes, int Scans) Codes(IReadOnlyList<string> columns, int topValues = 400, int bins = BinSpec.DefaultBins)
    {
        var context = Context;
        var view = context.View("a", null);
        var resolver = new ViewColumnResolver(view, context.Instances);
        using var connection = context.Store.OpenReader();
        var layouts = new HistogramCache();
        var charts = columns.Select(name => ChartPlanner.Plan(context, layouts, view, resolver, name, ("a", null), (topValues, bins), 0, () => connection)).ToList();
        var scans = 0;
        DuckDBConnection Scan()
        {
            scans++;
            return connection;
        }
        var codes = new IndexParts(context, new IndexCache(IndexOptions.DefaultBudgetBytes)).Codes(view, resolver, charts, context.Instances.Rows, Scan);
        return (codes, scans);
    }

    public void Dispose()
    {
        Project.Dispose();
        Folder.Dispose();
    }
}
