using Zeno.Core.State;

namespace Zeno.Reports.Charts;

/// <summary>
/// <see cref="ChartData"/> seen through its encoding: the values along x, the colour series and the facets (one
/// unnamed series or facet when the channel is empty), and the value at each (facet, x, colour), with the dimensions
/// on no channel held at their <see cref="ChartData.Held"/> value. Pure; every chart type reads its numbers here.
/// </summary>
internal sealed class ChartCube
{
    private readonly ChartData data;
    private readonly string[] held = new string[3];

    public ChartCube(ChartData data)
    {
        this.data = data;
        XDimension = data.Encoding.X;
        // A dimension takes one channel only; a repeated one is ignored rather than drawn twice.
        ColorDimension = data.Encoding.Color is { } c && c != XDimension ? c : null;
        FacetDimension = data.Encoding.Facet is { } f && f != XDimension && f != ColorDimension ? f : null;
        X = ValuesOf(XDimension);
        Colors = ColorDimension is { } color ? ValuesOf(color) : [""];
        Facets = FacetDimension is { } facet ? ValuesOf(facet) : [""];
        foreach (var dimension in Enum.GetValues<ChartDimension>())
            held[(int)dimension] = HeldValue(dimension);
    }

    public ChartDimension XDimension { get; }
    public ChartDimension? ColorDimension { get; }
    public ChartDimension? FacetDimension { get; }

    /// <summary>The values along x (a table's rows).</summary>
    public IReadOnlyList<string> X { get; }

    /// <summary>The colour series (a table's columns); one unnamed series without a colour channel.</summary>
    public IReadOnlyList<string> Colors { get; }

    /// <summary>The facets; one unnamed facet without a facet channel.</summary>
    public IReadOnlyList<string> Facets { get; }

    public bool Percent => data.Percent;

    /// <summary>The dimensions on no channel and the value each is held at, for the chart's subtitle.</summary>
    public IReadOnlyList<(ChartDimension Dimension, string Value)> Held =>
        [.. Enum.GetValues<ChartDimension>()
            .Where(d => d != XDimension && d != ColorDimension && d != FacetDimension && ValuesOf(d).Count > 0)
            .Select(d => (d, held[(int)d]))];

    /// <summary>The value at (facet, x, colour); null where it is undefined, missing or not finite.</summary>
    public double? Value(int facet, int x, int color)
    {
        Span<string> at = [held[0], held[1], held[2]];
        at[(int)XDimension] = X[x];
        if (ColorDimension is { } c) at[(int)c] = Colors[color];
        if (FacetDimension is { } f) at[(int)f] = Facets[facet];
        var key = (at[(int)ChartDimension.Slices], at[(int)ChartDimension.Models], at[(int)ChartDimension.Metrics]);
        return data.Values.TryGetValue(key, out var v) && v is { } value && double.IsFinite(value) ? value : null;
    }

    /// <summary>The smallest and largest value drawn in any facet; null when every value is missing.</summary>
    public (double Min, double Max)? Extent()
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (var f = 0; f < Facets.Count; f++)
            for (var x = 0; x < X.Count; x++)
                for (var c = 0; c < Colors.Count; c++)
                    if (Value(f, x, c) is { } v)
                        (min, max) = (Math.Min(min, v), Math.Max(max, v));
        return min <= max ? (min, max) : null;
    }

    /// <summary>"Slice", "Model" or "Metric".</summary>
    public static string Noun(ChartDimension dimension) => dimension switch
    {
        ChartDimension.Slices => "Slice",
        ChartDimension.Models => "Model",
        _ => "Metric",
    };

    private IReadOnlyList<string> ValuesOf(ChartDimension dimension) => dimension switch
    {
        ChartDimension.Slices => data.Slices,
        ChartDimension.Models => data.Models,
        _ => data.Metrics,
    };

    // The UI's pick, else the first slice or metric and the latest model.
    private string HeldValue(ChartDimension dimension)
    {
        if (data.Held.TryGetValue(dimension, out var picked)) return picked;
        var values = ValuesOf(dimension);
        return values.Count == 0 ? "" : dimension == ChartDimension.Models ? values[^1] : values[0];
    }
}
