using Zeno.Core.Config;
using Zeno.Core.Data;
using Zeno.Core.Functions;
using Zeno.Core.Pipeline;
using Zeno.Core.Store;

namespace Zeno.Core.Project;

/// <summary>
/// An opened project: its config, store, instance table and functions, validated together. Opening is cheap when the
/// cache is warm (no data is re-read, nothing recomputed); <see cref="RunPipelineAsync"/> fills in what is missing.
/// </summary>
public sealed class ZenoProject : IDisposable
{
    private readonly List<string> _warnings = [];
    private ProjectPlanner _planner = null!;

    private ZenoProject(ZenoConfig config, ZenoStore store)
    {
        Config = config;
        Store = store;
    }

    /// <summary>The validated config.</summary>
    public ZenoConfig Config { get; }

    /// <summary>The project's store.</summary>
    public ZenoStore Store { get; }

    /// <summary>The instance table.</summary>
    public InstanceTable Instances { get; private set; } = null!;

    /// <summary>The user's functions.</summary>
    public FunctionCatalog Functions { get; private set; } = FunctionCatalog.Empty;

    /// <summary>The pipeline steps of the project, in level order.</summary>
    public IReadOnlyList<PipelineStep> Steps { get; private set; } = [];

    /// <summary>Where each model's output lives when it is a data column.</summary>
    public ViewSources Sources { get; private set; } = null!;

    /// <summary>Things the user should know that do not stop the project (generated ids, missing predictions).</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Model names in config order; the last is "latest".</summary>
    public IReadOnlyList<string> Models => Config.Models.Select(model => model.Name).ToList();

    /// <summary>Transform names (the functions' names).</summary>
    public IReadOnlyList<string> Transforms => Functions.Transforms.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Opens the store, loads the data and the functions, and checks every name the config uses.</summary>
    public static ZenoProject Open(ZenoConfig config)
    {
        var store = ZenoStore.Open(config.CachePath);
        var project = new ZenoProject(config, store);
        try
        {
            project.Load();
            return project;
        }
        catch
        {
            project.Dispose();
            throw;
        }
    }

    private void Load()
    {
        Instances = InstanceLoader.Load(Store, Config, _warnings.Add);
        if (Config.FunctionsPath is not null)
            Functions = FunctionLoader.Load(Config.FunctionsPath, Path.Combine(Config.CachePath, "functions"), Config.BaseDirectory);
        Sources = new ViewSources(Config.DataColumn,
            Config.Models.Where(model => model.Source == ModelSource.DataColumn).ToDictionary(model => model.Name, model => model.OutputColumn!));
        ProjectValidator.ValidateBeforePipeline(this);
        _planner = new ProjectPlanner(Config, Instances, Functions, ReadPredictions);
        Steps = _planner.Plan();
    }

    private PredictionsFile ReadPredictions(ModelConfig model)
    {
        using var connection = Store.OpenReader();
        var file = PredictionsFile.Read(connection, model, Instances.IdColumn);
        return file;
    }

    /// <summary>
    /// Computes every missing partition of every step. Columns of functions that no longer exist are dropped; a step
    /// whose fingerprint changed is recomputed from scratch; everything else is reused.
    /// </summary>
    public async Task<PipelineResult> RunPipelineAsync(IPartitionExecutor? executor = null, IProgress<PipelineEvent>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var keep = Steps.Select(step => step.Key).ToHashSet();
        Store.RemoveColumnsExcept(Store.Manifest().Select(entry => entry.Key)
            .Where(key => keep.Contains(key) || Steps.Any(step => IsExtraColumnOf(step, key))).ToHashSet());
        var runner = new PipelineRunner(Store, Instances, Sources, executor ?? new LocalPartitionExecutor(Config.Parallelism), Config.BatchSize, Config.PartitionRows);
        var result = await runner.RunAsync(Steps, progress, cancellationToken).ConfigureAwait(false);
        ProjectValidator.ValidateAfterPipeline(this);
        return result;
    }

    // A model step's extra columns (model columns, embeddings) share its model and transform.
    private static bool IsExtraColumnOf(PipelineStep step, ColumnKey key) =>
        step.Key.Kind == ColumnKind.Output && key.Kind is ColumnKind.ModelColumn or ColumnKind.Embedding
        && key.Model == step.Key.Model && key.Transform == step.Key.Transform;

    /// <summary>What the query engine needs to evaluate metrics on this project.</summary>
    public Query.Evaluation.EvaluationContext EvaluationContext() =>
        new(Config, Store, Instances, Sources, Functions, (model, transform) => _planner.Options(model, transform, null));

    /// <summary>Evaluates every slice, metric, model and test of the config.</summary>
    public Query.Evaluation.EvaluationReport Evaluate() => Query.Evaluation.ProjectEvaluator.Evaluate(EvaluationContext());

    /// <summary>
    /// Evaluates behavioral tests (e.g. every test of zeno.toml and of the reports, from
    /// <c>StateService.TestCases</c>) through <see cref="Query.Evaluation.TestRunner"/>: one outcome per (test, model).
    /// </summary>
    public IReadOnlyList<Query.Tests.TestOutcome> RunTests(IEnumerable<Query.Tests.TestCase> tests)
    {
        var context = EvaluationContext();
        using var evaluator = new Query.Evaluation.MetricEvaluator(context);
        return new Query.Evaluation.TestRunner(context, evaluator).Run(tests);
    }

    /// <summary>The instances as a model and transform see them.</summary>
    public InstanceView View(string? model, string? transform = null) =>
        InstanceView.Build(Instances, Store.Manifest(), Sources, model, transform);

    /// <inheritdoc />
    public void Dispose() => Store.Dispose();
}
