using Zeno.Core.Errors;

namespace Zeno.Core.Config;

/// <summary>
/// One <c>[[models]]</c> entry. Outputs come from exactly one of three places: a predictions file
/// (<see cref="PredictionsFile"/>, joined on the id column), a column of the data table (<see cref="OutputColumn"/>
/// without a predictions file), or the project's <c>[Model]</c> function (neither set).
/// </summary>
public sealed record ModelConfig(string Name, SourceLocation Location)
{
    /// <summary>Absolute path of a table with the id column and this model's outputs; other columns become per-model columns.</summary>
    public string? PredictionsFile { get; init; }

    /// <summary>The output column: in the predictions file (default "output"), or in the data table when there is no file.</summary>
    public string? OutputColumn { get; init; }

    /// <summary>Where this model's outputs come from.</summary>
    public ModelSource Source => PredictionsFile is not null ? ModelSource.PredictionsFile
        : OutputColumn is not null ? ModelSource.DataColumn
        : ModelSource.Function;
}

/// <summary>Where a model's outputs come from.</summary>
public enum ModelSource
{
    /// <summary>Computed by the project's <c>[Model]</c> function.</summary>
    Function,
    /// <summary>Read from a predictions file.</summary>
    PredictionsFile,
    /// <summary>A column of the data table.</summary>
    DataColumn,
}
