using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Index;

namespace Zeno.Core.Query.Histograms;

// Falcon-style brushing: one index per brush, so the browser answers every frame itself.
public sealed partial class HistogramEngine
{
    /// <summary>What the process-wide binned index holds now.</summary>
    public static IndexStats IndexStats() => new(IndexCache.Shared.Bytes, IndexCache.Shared.Count, IndexCache.Shared.Budget);

    /// <summary>
    /// The index for brushing the chart of <paramref name="active"/> under <paramref name="request"/> (its charts,
    /// filter, other charts' clauses, model, transform and metric; the active chart's own clauses are left out: the
    /// brush replaces them). Null when the binned index cannot answer the request; then each frame asks
    /// <see cref="Compute"/>.
    /// </summary>
    public BrushIndex? Brush(HistogramRequest request, string active)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.TopValues, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Bins, 1);
        var view = _context.View(request.Model, request.Transform);
        var resolver = new ViewColumnResolver(view, _context.Instances);
        var crossFilter = new CrossFilter(request.Filter, request.Selections);
        using var connection = new LazyConnection(_context);
        var charts = Charts(request, request.Columns.Prepend(active), view, resolver, crossFilter, connection);
        return _path == QueryPath.Sql ? null : new IndexedHistograms(_context, _index).TryBrush(view, resolver, charts, request, 0, connection.Get);
    }
}
