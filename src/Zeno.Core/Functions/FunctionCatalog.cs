using Microsoft.Data.Analysis;
using Zeno.Core.Errors;

namespace Zeno.Core.Functions;

/// <summary>
/// Every function of a project's functions folder, by role and name: the one place that decides what a user function
/// is. Made by <see cref="FunctionLoader.Load"/>. Names are matched ignoring case, as the store's column names are.
/// </summary>
public sealed class FunctionCatalog
{
    internal FunctionCatalog(
        ModelFactory? model,
        IEnumerable<MetricFunction> metrics,
        IEnumerable<DistillFunction> distills,
        IEnumerable<TransformFunction> transforms)
    {
        Model = model;
        Metrics = metrics.ToDictionary(function => function.Descriptor.Name, StringComparer.OrdinalIgnoreCase);
        Distills = distills.ToDictionary(function => function.Descriptor.Name, StringComparer.OrdinalIgnoreCase);
        Transforms = transforms.ToDictionary(function => function.Descriptor.Name, StringComparer.OrdinalIgnoreCase);
        Functions = new[] { model?.Descriptor }.OfType<FunctionDescriptor>()
            .Concat(Metrics.Values.Select(function => function.Descriptor))
            .Concat(Distills.Values.Select(function => function.Descriptor))
            .Concat(Transforms.Values.Select(function => function.Descriptor))
            .OrderBy(descriptor => descriptor.Location.File, StringComparer.Ordinal)
            .ThenBy(descriptor => descriptor.Location.Line)
            .ToList();
    }

    /// <summary>The catalog of a project without code.</summary>
    public static FunctionCatalog Empty { get; } = new(null, [], [], []);

    /// <summary>The <c>[Model]</c> factory, or null when the project has none (predictions come from files).</summary>
    public ModelFactory? Model { get; }

    /// <summary>The <c>[Metric]</c> functions by name.</summary>
    public IReadOnlyDictionary<string, MetricFunction> Metrics { get; }

    /// <summary>The <c>[Distill]</c> functions by the name of the column they create.</summary>
    public IReadOnlyDictionary<string, DistillFunction> Distills { get; }

    /// <summary>The <c>[Transform]</c> functions by name.</summary>
    public IReadOnlyDictionary<string, TransformFunction> Transforms { get; }

    /// <summary>Every function's descriptor, ordered by file and line.</summary>
    public IReadOnlyList<FunctionDescriptor> Functions { get; }

    /// <summary>True when the folder held no marked function.</summary>
    public bool IsEmpty => Functions.Count == 0;

    /// <summary>Calls the <c>[Model]</c> factory for a model named in zeno.toml.</summary>
    /// <exception cref="ZenoException">The project has no <c>[Model]</c> factory.</exception>
    public Func<DataFrame, ZenoOptions, ModelReturn> CreateModel(string modelName, ZenoOptions options) =>
        (Model ?? throw new ZenoException($"Model '{modelName}' needs a [Model] factory, and the functions folder has none.")
        {
            Hint = "Add a static method marked [Model] that takes the model name, or give the model's predictions as a file.",
        }).CreateModel(modelName, options);
}
