namespace Zeno.Core.State;

/// <summary>
/// Which of a report's dimensions a chart puts on x, colour and facet. A dimension left off every channel is held at
/// one value (the UI picks which). Stored as JSON, so adding a channel later needs no migration.
/// </summary>
/// <param name="X">The dimension along x (a table's rows).</param>
/// <param name="Color">The dimension shown by colour (a table's columns), or none.</param>
/// <param name="Facet">The dimension that splits the chart into small multiples, or none.</param>
public sealed record ChartEncoding(ChartDimension X, ChartDimension? Color = null, ChartDimension? Facet = null);
