using Zeno.Core.Errors;
using Zeno.Core.Project;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Server.Wire;

namespace Zeno.Server.Hosting;

/// <summary>
/// What every endpoint needs from the open project: a fresh evaluation context per request (so the columns the
/// background pipeline finished since are visible), model defaults, and filter specs turned into predicate trees.
/// </summary>
public sealed class ProjectQueries(ZenoProject project)
{
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
        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => Group.And([.. parts]),
        };
    }

    /// <summary>The filter of a slice by id or config name ("All instances" included).</summary>
    public Predicate SliceFilter(string slice)
    {
        if (slice == ProjectEvaluator.AllInstances)
            return Group.And();
        var configured = project.Config.Slices.FirstOrDefault(s => s.Name == slice || $"config:{s.Name}" == slice);
        if (configured is not null)
            return ProjectEvaluator.ParseSlice(configured);
        throw new NotFoundException($"unknown slice '{slice}'");
    }

    private static string Closest(string name, IEnumerable<string> names) =>
        Suggest.Closest(name, names) is { } closest ? $" (did you mean '{closest}'?)" : "";
}

/// <summary>A request names something the project does not have: a 404 with the valid names.</summary>
public sealed class NotFoundException(string message) : ZenoException(message);
