using Microsoft.Data.Analysis;
using Zeno.Core.Errors;

namespace Zeno.Core.Functions;

/// <summary>The project's <c>[Model]</c> factory: turns a model name from zeno.toml into a function over batches.</summary>
public sealed class ModelFactory
{
    private readonly Func<string, ZenoOptions, Func<DataFrame, ZenoOptions, ModelReturn>?> _factory;

    internal ModelFactory(FunctionDescriptor descriptor, Func<string, ZenoOptions, Func<DataFrame, ZenoOptions, ModelReturn>?> factory)
    {
        Descriptor = descriptor;
        _factory = factory;
    }

    /// <summary>The factory's name, place and fingerprint.</summary>
    public FunctionDescriptor Descriptor { get; }

    /// <summary>Calls the factory for one model (with the options too when it takes them); the user's exceptions pass through.</summary>
    public Func<DataFrame, ZenoOptions, ModelReturn> CreateModel(string modelName, ZenoOptions options)
    {
        ArgumentNullException.ThrowIfNull(modelName);
        ArgumentNullException.ThrowIfNull(options);
        var model = _factory(modelName, options)
            ?? throw new ZenoException($"The {Descriptor} returned null for model '{modelName}'.")
            {
                Hint = "Return a function that takes a batch and the options and returns a ModelReturn.",
            };
        return (batch, batchOptions) => model(batch, batchOptions)
            ?? throw new ZenoException($"Model '{modelName}' (from the {Descriptor}) returned null instead of a ModelReturn.");
    }
}
