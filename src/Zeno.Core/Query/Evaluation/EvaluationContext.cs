using System.Collections.Concurrent;
using Zeno.Core.Config;
using Zeno.Core.Data;
using Zeno.Core.Functions;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Evaluation;

/// <summary>
/// What evaluating metrics needs from an opened project, without depending on the project type itself. It holds one
/// snapshot of the cache manifest, so every metric of one evaluation sees the same columns and views are built once.
/// </summary>
public sealed class EvaluationContext(
    ZenoConfig config,
    ZenoStore store,
    InstanceTable instances,
    ViewSources sources,
    FunctionCatalog functions,
    Func<string?, string?, Zeno.ZenoOptions> options)
{
    private readonly Lazy<IReadOnlyList<ManifestEntry>> _manifest = new(store.Manifest);
    private readonly ConcurrentDictionary<(string?, string?), InstanceView> _views = new();

    /// <summary>The validated config (label column, metrics, slices, tests).</summary>
    public ZenoConfig Config => config;

    /// <summary>The store with the instance table and computed columns.</summary>
    public ZenoStore Store => store;

    /// <summary>Where each model's outputs come from when they are data columns.</summary>
    public ViewSources Sources => sources;

    /// <summary>The instance table.</summary>
    public InstanceTable Instances => instances;

    /// <summary>The user's [Metric] functions.</summary>
    public FunctionCatalog Functions => functions;

    /// <summary>The computed columns as they were when the evaluation started.</summary>
    public IReadOnlyList<ManifestEntry> Manifest => _manifest.Value;

    /// <summary>The options a function receives for a model and transform.</summary>
    public Zeno.ZenoOptions Options(string? model, string? transform) => options(model, transform);

    /// <summary>The view of a model and transform.</summary>
    public InstanceView View(string? model, string? transform) =>
        _views.GetOrAdd((model, transform), key => InstanceView.Build(instances, Manifest, sources, key.Item1, key.Item2));
}
