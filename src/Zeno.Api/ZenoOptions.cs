namespace Zeno;

/// <summary>What every Zeno function receives beside its batch: the column names and folders of the project.</summary>
public sealed record ZenoOptions
{
    /// <summary>The column holding each instance's unique id.</summary>
    public required string IdColumn { get; init; }

    /// <summary>The column holding the raw instance (text, or a file path under <see cref="DataPath"/>); null for tabular data.</summary>
    public string? DataColumn { get; init; }

    /// <summary>The column holding the ground-truth label; null when the project has none.</summary>
    public string? LabelColumn { get; init; }

    /// <summary>The column of the batch that holds the current model's output.</summary>
    public string OutputColumn { get; init; } = "output";

    /// <summary>The folder that relative paths in <see cref="DataColumn"/> point into.</summary>
    public string DataPath { get; init; } = "";

    /// <summary>The folder that relative paths in <see cref="LabelColumn"/> point into.</summary>
    public string LabelPath { get; init; } = "";

    /// <summary>A folder this function may write files into (transformed audio, masks); it exists and belongs to the current function.</summary>
    public string OutputPath { get; init; } = "";

    /// <summary>The names of the distilled columns present in the batch.</summary>
    public IReadOnlyList<string> DistillColumns { get; init; } = [];

    /// <summary>The model being evaluated, or null where no model applies.</summary>
    public string? Model { get; init; }

    /// <summary>The transform applied to the instances, or null for the original instances.</summary>
    public string? Transform { get; init; }
}
