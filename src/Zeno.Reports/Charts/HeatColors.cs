using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>
/// The heat map's sequential colours: viridis, which is ordered in lightness (so it survives greyscale printing and
/// colour-vision deficiencies): dark purple for the lowest value, yellow for the highest.
/// </summary>
internal static class HeatColors
{
    private static readonly SKColor[] Stops =
    [
        new(0x44, 0x01, 0x54), new(0x47, 0x2d, 0x7b), new(0x3b, 0x52, 0x8b), new(0x2c, 0x72, 0x8e), new(0x21, 0x91, 0x8c),
        new(0x28, 0xae, 0x80), new(0x5e, 0xc9, 0x62), new(0xad, 0xdc, 0x30), new(0xfd, 0xe7, 0x25),
    ];

    /// <summary>The colour at <paramref name="t"/> ∈ [0, 1] (clamped).</summary>
    public static SKColor At(double t)
    {
        var x = Math.Clamp(double.IsFinite(t) ? t : 0, 0, 1) * (Stops.Length - 1);
        var i = Math.Min((int)x, Stops.Length - 2);
        return Palette.Mix(Stops[i], Stops[i + 1], (float)(x - i));
    }
}
