namespace Zeno.Core.State;

/// <summary>One of a report's three dimensions, which a chart places on its channels.</summary>
public enum ChartDimension
{
    /// <summary>The report's slices.</summary>
    Slices,
    /// <summary>The report's models.</summary>
    Models,
    /// <summary>The report's metrics.</summary>
    Metrics,
}
