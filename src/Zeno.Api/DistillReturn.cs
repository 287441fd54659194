using System.Collections;

namespace Zeno;

/// <summary>A distill's answer for a batch: one value per row, in the batch's order.</summary>
public sealed class DistillReturn
{
    /// <summary>Creates a distill return from one value per row (numbers, booleans, strings, dates, or nulls).</summary>
    public DistillReturn(IEnumerable values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Values = ValueList.From(values);
    }

    /// <summary>One value per row of the batch, in order.</summary>
    public IReadOnlyList<object?> Values { get; }
}
