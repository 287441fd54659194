using System.Globalization;
using DuckDB.NET.Data;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Histograms;

/// <summary>
/// How a column of a view is charted: its type, and its layout measured once per version of the column and cached
/// under a key that the index's codes share. Histograms plan their charts with it, and so do metrics that answer a
/// filter from the index, so a filter made by clicking a bar meets the very layout the bar came from.
/// </summary>
internal static class ChartPlanner
{
    public static ChartPlan Plan(EvaluationContext context, HistogramCache cache, InstanceView view, ViewColumnResolver resolver, string name,
        (string? Model, string? Transform) of, (int TopValues, int Bins) shape, int condition, Func<DuckDBConnection> connection)
    {
        var resolved = resolver.Resolve(name);
        var column = view.Find(name)!;
        var type = ChartTypes.TypeOf(context, view, column, of.Model, of.Transform, cache, connection);
        var key = HistogramKeys.Of("layout", context, column, of.Model, of.Transform, type.ToString(),
            shape.TopValues.ToString(CultureInfo.InvariantCulture), shape.Bins.ToString(CultureInfo.InvariantCulture));
        var layout = cache.GetOrAdd(key, () => LayoutProfiler.Measure(context.Store, key, connection, resolved, type, view.From([name]), shape.TopValues, shape.Bins));
        return new ChartPlan(name, layout, condition) { LayoutKey = key };
    }
}
