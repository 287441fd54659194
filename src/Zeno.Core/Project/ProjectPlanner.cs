using Microsoft.Data.Analysis;
using Zeno.Core.Config;
using Zeno.Core.Data;
using Zeno.Core.Functions;
using Zeno.Core.Pipeline;
using Zeno.Core.Store;

namespace Zeno.Core.Project;

/// <summary>
/// Turns the config and the function catalog into pipeline steps with fingerprints. Level 0: transforms and
/// model-independent distills; level 1: model outputs on the original and each transformed set; level 2: distills that
/// read a model's output, once per model and transform. A fingerprint mixes the function's code, the data version and
/// the fingerprints of the columns the step reads, so a change recomputes that step and its dependants only.
/// </summary>
internal sealed class ProjectPlanner(ZenoConfig config, InstanceTable table, FunctionCatalog functions, Func<ModelConfig, PredictionsFile> predictions)
{
    public IReadOnlyList<PipelineStep> Plan()
    {
        var steps = new List<PipelineStep>();
        var transforms = functions.Transforms.Values.OrderBy(t => t.Descriptor.Name, StringComparer.Ordinal).ToList();
        var transformPrints = new Dictionary<string, string>();
        foreach (var transform in transforms)
        {
            var name = transform.Descriptor.Name;
            var print = Fingerprint.Of("transform", transform.Descriptor.Fingerprint, table.DataVersion);
            transformPrints[name] = print;
            steps.Add(new PipelineStep($"transform {name}", new ColumnKey(ColumnKind.TransformData, name), print, 0,
                new StepInputs(null, null, false, Reads(transform.Descriptor)), Options(null, null, $"transform-{name}"),
                (batch, options) => Single(new ColumnKey(ColumnKind.TransformData, name), transform.Invoke(batch, options).Data)));
        }
        foreach (var distill in functions.Distills.Values.Where(d => !d.Descriptor.ReadsModelOutput))
        {
            var key = new ColumnKey(ColumnKind.Distill, distill.Descriptor.Name);
            steps.Add(new PipelineStep($"distill {key.Name}", key,
                Fingerprint.Of("distill", distill.Descriptor.Fingerprint, table.DataVersion), 0,
                new StepInputs(null, null, false, Reads(distill.Descriptor)), Options(null, null, null),
                (batch, options) => Single(key, distill.Invoke(batch, options).Values)));
        }
        var outputPrints = new Dictionary<(string, string?), string>();
        foreach (var model in config.Models)
            steps.AddRange(ModelSteps(model, transformPrints, outputPrints));
        foreach (var distill in functions.Distills.Values.Where(d => d.Descriptor.ReadsModelOutput))
            foreach (var ((model, transform), outputPrint) in outputPrints)
            {
                var key = new ColumnKey(ColumnKind.Distill, distill.Descriptor.Name, model, transform);
                steps.Add(new PipelineStep($"distill {key.Name} @ {Describe(model, transform)}", key,
                    Fingerprint.Of("distill", distill.Descriptor.Fingerprint, outputPrint), 2,
                    new StepInputs(model, transform, true, Reads(distill.Descriptor)), Options(model, transform, null),
                    (batch, options) => Single(key, distill.Invoke(batch, options).Values)));
            }
        return steps;
    }

    private IEnumerable<PipelineStep> ModelSteps(ModelConfig model, IReadOnlyDictionary<string, string> transformPrints,
        Dictionary<(string, string?), string> outputPrints)
    {
        switch (model.Source)
        {
            case ModelSource.DataColumn:
                outputPrints[(model.Name, null)] = Fingerprint.Of("column", model.OutputColumn, table.DataVersion);
                yield break;
            case ModelSource.PredictionsFile:
            {
                var print = Fingerprint.Of("predictions", Fingerprint.OfFile(model.PredictionsFile!), model.OutputColumn, table.DataVersion);
                outputPrints[(model.Name, null)] = print;
                var file = new Lazy<PredictionsFile>(() => predictions(model));
                yield return new PipelineStep($"model {model.Name}", ColumnKey.Output(model.Name), print, 1,
                    new StepInputs(null, null, false, [table.IdColumn]), Options(model.Name, null, null),
                    (batch, _) => Lookup(file.Value, batch, model.Name));
                yield break;
            }
        }
        var factory = functions.Model ?? throw new Errors.ConfigException(model.Location, "models",
            $"model '{model.Name}' has no predictions file or output column, so it needs a [Model] function, and {FunctionsFolder()} has none")
        { Hint = "Add predictions = \"file\" or output_column = \"column\" to the model, or write a [Model] factory." };
        // One instance per model name, created on first use and shared by every partition and transform: training or
        // loading weights happens once.
        var instance = new Lazy<Func<DataFrame, Zeno.ZenoOptions, Zeno.ModelReturn>>(
            () => CreateModel(factory, model), LazyThreadSafetyMode.ExecutionAndPublication);
        foreach (var transform in new string?[] { null }.Concat(transformPrints.Keys))
        {
            var print = Fingerprint.Of("model", factory.Descriptor.Fingerprint, model.Name, table.DataVersion,
                transform is null ? null : transformPrints[transform]);
            outputPrints[(model.Name, transform)] = print;
            var t = transform;
            yield return new PipelineStep($"model {Describe(model.Name, t)}", ColumnKey.Output(model.Name, t), print, 1,
                new StepInputs(null, t, false, Reads(factory.Descriptor)), Options(model.Name, t, $"model-{model.Name}"),
                (batch, options) => FromModel(instance.Value(batch, options), model.Name, t));
        }
    }

    // A factory that throws (an unknown model name, missing weights) fails the run once, with the model named, rather
    // than failing every row of every partition.
    private Func<DataFrame, Zeno.ZenoOptions, Zeno.ModelReturn> CreateModel(ModelFactory factory, ModelConfig model)
    {
        try
        {
            return factory.CreateModel(model.Name, Options(model.Name, null, $"model-{model.Name}"));
        }
        catch (Exception e) when (e is not Errors.ZenoException)
        {
            throw new Errors.ZenoException(
                $"{model.Location}: the [Model] factory ({factory.Descriptor.Location}) failed for model '{model.Name}': {e.GetType().Name}: {e.Message}", e);
        }
    }

    private static StepOutput FromModel(Zeno.ModelReturn result, string model, string? transform)
    {
        var columns = new List<(ColumnKey, IReadOnlyList<object?>)> { (ColumnKey.Output(model, transform), result.Outputs) };
        foreach (var (name, values) in result.Columns ?? new Dictionary<string, System.Collections.IEnumerable>())
            columns.Add((new ColumnKey(ColumnKind.ModelColumn, name, model, transform), values.Cast<object?>().ToList()));
        if (result.Embeddings is { } embeddings)
            columns.Add((new ColumnKey(ColumnKind.Embedding, "embedding", model, transform), embeddings.Cast<object?>().ToList()));
        return new StepOutput(columns);
    }

    private StepOutput Lookup(PredictionsFile file, DataFrame batch, string model)
    {
        var ids = batch.Columns[table.IdColumn];
        var values = file.Columns.Select(_ => new object?[batch.Rows.Count]).ToArray();
        for (var row = 0; row < batch.Rows.Count; row++)
        {
            var found = file.Find(Convert.ToString(ids[row], System.Globalization.CultureInfo.InvariantCulture) ?? "");
            for (var c = 0; c < values.Length; c++)
                values[c][row] = found?[c];
        }
        var columns = file.Columns.Select((name, c) => (c == 0 ? ColumnKey.Output(model) : new ColumnKey(ColumnKind.ModelColumn, name, model), (IReadOnlyList<object?>)values[c]));
        return new StepOutput(columns.ToList());
    }

    // The columns a function's code reads, with the options' column names resolved as its options will hold them.
    private IReadOnlyList<string>? Reads(FunctionDescriptor function) =>
        ColumnReads.Resolve(function.ReadsColumns, table.IdColumn, config.DataColumn, config.LabelColumn, InstanceView.OutputName);

    private static StepOutput Single(ColumnKey key, IReadOnlyList<object?> values) => new([(key, values)]);

    private static string Describe(string model, string? transform) => transform is null ? model : $"{model} ~ {transform}";

    private string FunctionsFolder() => config.FunctionsPath is null ? "the project (no functions folder is set)" : config.FunctionsPath;

    /// <summary>The options a function receives; <paramref name="outputFolder"/> names its own folder for files it writes.</summary>
    internal Zeno.ZenoOptions Options(string? model, string? transform, string? outputFolder)
    {
        var outputPath = Path.Combine(config.CachePath, "outputs", outputFolder ?? "shared");
        if (outputFolder is not null)
            Directory.CreateDirectory(outputPath);
        return new Zeno.ZenoOptions
        {
            IdColumn = table.IdColumn,
            DataColumn = config.DataColumn,
            LabelColumn = config.LabelColumn,
            OutputColumn = InstanceView.OutputName,
            DataPath = config.DataPath,
            LabelPath = config.LabelPath,
            OutputPath = outputPath,
            DistillColumns = functions.Distills.Keys.ToList(),
            Model = model,
            Transform = transform,
        };
    }
}
