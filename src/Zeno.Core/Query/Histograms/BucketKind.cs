namespace Zeno.Core.Query.Histograms;

/// <summary>What a histogram bucket holds.</summary>
public enum BucketKind
{
    /// <summary>A numeric range [Low, High) ([Low, High] for the last).</summary>
    Range,
    /// <summary>A time range [Start, End).</summary>
    Time,
    /// <summary>One value (nominal, boolean).</summary>
    Value,
    /// <summary>Every value outside the top values of a nominal column.</summary>
    Other,
    /// <summary>Rows where the column is missing.</summary>
    Missing,
}
