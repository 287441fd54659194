using Zeno.Core.Errors;
using Zeno.Core.Project;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.State;
using Zeno.Server.Wire;

namespace Zeno.Server.Hosting;

/// <summary>
/// What every endpoint needs from the open project: a fresh evaluation context per request (so the columns the
/// background pipeline finished since are visible), model defaults, and filter specs turned into predicate trees.
/// </summary>
public sealed class ProjectQueries(ZenoProject project, StateService state)
{
    /// <summary>
    /// The check a saved slice's filter must pass: every column it names exists for the latest model (and the filter
    /// compiles against their types), so a typo is a 400 when saving, not a broken slice later.
    /// </summary>
    public static Action<Predicate> ColumnCheck(ZenoProject project) => predicate =>
    {
        var models = project.Models;
        SliceQuery.Create(project.EvaluationContext(), predicate, models.Count == 0 ? null : models[^1], null);
    };

    /// <summary>The open project.</summary>
    public ZenoProject Project => project;

    /// <summary>A context over the store's current columns.</summary>
    public EvaluationContext Context() => project.EvaluationContext();

    /// <summary>The requested model, or the latest one; an unknown name is a 404 naming the models.</summary>
    public string? Model(string? requested)
    {
        var models = project.Models;
        if (requested is null)
            return models.Count == 0 ? null : models[^1];
        if (models.Contains(requested))
            return requested;
        throw new NotFoundException($"unknown model '{requested}'{Closest(requested, models)}; models: {string.Join(", ", models)}");
    }

    /// <summary>The requested transform (null: originals); an unknown name is a 404.</summary>
    public string? Transform(string? requested)
    {
        if (string.IsNullOrEmpty(requested))
            return null;
        var transforms = project.Transforms;
        return transforms.Contains(requested) ? requested
            : throw new NotFoundException($"unknown transform '{requested}'{Closest(requested, transforms)}; transforms: {(transforms.Count == 0 ? "none" : string.Join(", ", transforms))}");
    }

    /// <summary>A metric of the config by name; an unknown name is a 404 naming the metrics.</summary>
    public Core.Config.MetricConfig Metric(string name)
    {
        var metrics = project.Config.Metrics;
        return metrics.FirstOrDefault(metric => metric.Name == name)
            ?? throw new NotFoundException($"unknown metric '{name}'{Closest(name, metrics.Select(m => m.Name))}; metrics: {string.Join(", ", metrics.Select(m => m.Name))}");
    }

    /// <summary>The predicate of a filter spec (null: every instance); the parts are combined with AND.</summary>
    public Predicate? Resolve(FilterSpec? spec)
    {
        if (spec is null)
            return null;
        var parts = new List<Predicate>();
        if (!string.IsNullOrWhiteSpace(spec.Filter))
            parts.Add(FilterParser.Parse(spec.Filter));
        if (spec.Predicate is not null)
            parts.Add(spec.Predicate.ToPredicate());
        foreach (var slice in spec.Slices ?? [])
            parts.Add(SliceFilter(slice));
        foreach (var tag in spec.Tags ?? [])
            parts.Add(new IdSet(state.GetTag(tag).InstanceIds));
        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => Group.And([.. parts]),
        };
    }

    /// <summary>The filter of a slice by id ("all", "config:NAME", a saved slice's id) or by the name of a config slice.</summary>
    public Predicate SliceFilter(string slice)
    {
        if (slice is ProjectEvaluator.AllInstances or StateIds.AllInstances)
            return Group.And();
        var configured = project.Config.Slices.FirstOrDefault(s => s.Name == slice);
        return configured is not null ? ProjectEvaluator.ParseSlice(configured) : state.GetSlice(slice).Predicate;
    }

    private static string Closest(string name, IEnumerable<string> names) =>
        Suggest.Closest(name, names) is { } closest ? $" (did you mean '{closest}'?)" : "";
}

/// <summary>A request names something the project does not have: a 404 with the valid names.</summary>
public sealed class NotFoundException(string message) : ZenoException(message);
