using Zeno.Core.Config;
using Zeno.Core.Data;
using Zeno.Core.Functions;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Evaluation;

/// <summary>What evaluating metrics needs from an opened project, without depending on the project type itself.</summary>
/// <param name="Config">The validated config (label column, metrics).</param>
/// <param name="Store">The store with the instance table and computed columns.</param>
/// <param name="Instances">The instance table.</param>
/// <param name="Sources">Where data-column model outputs live.</param>
/// <param name="Functions">The user's [Metric] functions.</param>
/// <param name="Options">The options a function receives for a model and transform.</param>
public sealed record EvaluationContext(
    ZenoConfig Config,
    ZenoStore Store,
    InstanceTable Instances,
    ViewSources Sources,
    FunctionCatalog Functions,
    Func<string?, string?, Zeno.ZenoOptions> Options)
{
    /// <summary>The view of a model and transform over the current manifest.</summary>
    public InstanceView View(string? model, string? transform) =>
        InstanceView.Build(Instances, Store.Manifest(), Sources, model, transform);
}
