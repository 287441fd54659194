using Zeno.Core.Query.Filters;

namespace Zeno.Core.Query.Histograms;

/// <summary>
/// One chart's contribution to the selection (a brush, a clicked bar), as in Mosaic's selection clauses: the chart it
/// came from and its predicate. It filters every chart except its own, so a chart keeps showing the values one can
/// still pick.
/// </summary>
/// <param name="Source">The column of the chart the clause came from.</param>
/// <param name="Predicate">The rows the clause keeps.</param>
public sealed record SelectionClause(string Source, Predicate Predicate);
