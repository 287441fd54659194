using System.Collections;

namespace Zeno;

/// <summary>A transform's answer for a batch: the modified instance of each row, in the batch's order.</summary>
public sealed class TransformReturn
{
    /// <summary>Creates a transform return from one modified data value per row (new text, or the path of a new file).</summary>
    public TransformReturn(IEnumerable data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Data = ValueList.From(data);
    }

    /// <summary>The new value of the data column for each row; file paths are relative to <see cref="ZenoOptions.OutputPath"/> or absolute.</summary>
    public IReadOnlyList<object?> Data { get; }
}
