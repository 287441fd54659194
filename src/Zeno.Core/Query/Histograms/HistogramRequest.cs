using Zeno.Core.Config;
using Zeno.Core.Query.Filters;

namespace Zeno.Core.Query.Histograms;

/// <summary>What the metadata panel asks for: one histogram per column, cross-filtered by the selection.</summary>
/// <param name="Columns">The columns to chart, by the names users write ("output" is the chosen model's).</param>
public sealed record HistogramRequest(IReadOnlyList<string> Columns)
{
    /// <summary>A filter every chart obeys, its own included (the current slice, tags); null for none.</summary>
    public Predicate? Filter { get; init; }

    /// <summary>The charts' selection clauses; each filters every chart but the one it came from.</summary>
    public IReadOnlyList<SelectionClause> Selections { get; init; } = [];

    /// <summary>The model whose view is charted ("output", model columns and per-model distills); null for none.</summary>
    public string? Model { get; init; }

    /// <summary>The transform whose instances are charted; null for the originals.</summary>
    public string? Transform { get; init; }

    /// <summary>A metric to compute on each bucket's filtered rows for <see cref="Model"/>; null for none.</summary>
    public MetricConfig? Metric { get; init; }

    /// <summary>How many of a nominal column's most frequent values get their own bar; the rest are "other".</summary>
    public int TopValues { get; init; } = 20;

    /// <summary>How many bins a continuous column aims for (nice widths make it a few less or one more).</summary>
    public int Bins { get; init; } = BinSpec.DefaultBins;
}
