namespace Zeno.Core.State;

/// <summary>How a report chart draws its values.</summary>
public enum ChartType
{
    /// <summary>Bars.</summary>
    Bar,
    /// <summary>Lines, typically across models in history order.</summary>
    Line,
    /// <summary>A table of numbers.</summary>
    Table,
    /// <summary>A beeswarm of points.</summary>
    Beeswarm,
    /// <summary>A radar (spider) chart.</summary>
    Radar,
    /// <summary>A heatmap.</summary>
    Heatmap,
}
