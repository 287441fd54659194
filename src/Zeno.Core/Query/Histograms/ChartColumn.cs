using Zeno.Core.Config;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Histograms;

/// <summary>A column the metadata panel can chart.</summary>
/// <param name="Name">The name users write.</param>
/// <param name="Type">Its Zeno type (computed columns are profiled: see <see cref="HistogramEngine"/>).</param>
/// <param name="Origin">Where it comes from: the data, the model's output, a model column or a distill.</param>
public sealed record ChartColumn(string Name, ColumnType Type, ViewColumnOrigin Origin);
