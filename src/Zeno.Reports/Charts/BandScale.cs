namespace Zeno.Reports.Charts;

/// <summary>
/// Splits [<paramref name="Start"/>, <paramref name="End"/>] into <paramref name="Count"/> equal bands (d3's band scale):
/// padding is a fraction of a step, inner between bands, outer before the first and after the last. An inner padding
/// of 1 makes a point scale (bands of width 0 at evenly spaced positions), as line charts use.
/// </summary>
internal readonly record struct BandScale(int Count, float Start, float End, float PaddingInner = 0.2f, float PaddingOuter = 0.1f)
{
    /// <summary>The distance from one band's start to the next.</summary>
    public float Step => (End - Start) / Math.Max(1f, Count - PaddingInner + 2 * PaddingOuter);

    /// <summary>The width of each band.</summary>
    public float Bandwidth => Step * (1 - PaddingInner);

    /// <summary>Where band <paramref name="index"/> starts.</summary>
    public float At(int index) => Start + Step * (PaddingOuter + index);

    /// <summary>The middle of band <paramref name="index"/>.</summary>
    public float Center(int index) => At(index) + Bandwidth / 2;
}
