using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>
/// Series colours: Vega's "tableau10", the scheme the web UI's Vega-Lite charts use, so a model keeps its colour
/// between screen and export; its hues stay apart for the common colour-vision deficiencies. Beyond ten series the
/// hues repeat as lighter tints, and beyond twenty they repeat as they are.
/// </summary>
internal static class Palette
{
    private static readonly SKColor[] Tableau10 =
    [
        new(0x4c, 0x78, 0xa8), new(0xf5, 0x85, 0x18), new(0xe4, 0x57, 0x56), new(0x72, 0xb7, 0xb2), new(0x54, 0xa2, 0x4b),
        new(0xee, 0xca, 0x3b), new(0xb2, 0x79, 0xa2), new(0xff, 0x9d, 0xa6), new(0x9d, 0x75, 0x5d), new(0xba, 0xb0, 0xac),
    ];

    /// <summary>The colour of series <paramref name="index"/>.</summary>
    public static SKColor Series(int index)
    {
        var basic = Tableau10[index % Tableau10.Length];
        return index % 20 < Tableau10.Length ? basic : Mix(basic, SKColors.White, 0.45f);
    }

    /// <summary>The colour a fraction <paramref name="t"/> of the way from <paramref name="a"/> to <paramref name="b"/>.</summary>
    public static SKColor Mix(SKColor a, SKColor b, float t)
    {
        byte Channel(byte x, byte y) => (byte)Math.Round(x + (y - x) * Math.Clamp(t, 0f, 1f));
        return new SKColor(Channel(a.Red, b.Red), Channel(a.Green, b.Green), Channel(a.Blue, b.Blue), Channel(a.Alpha, b.Alpha));
    }

    /// <summary>Relative luminance (0 black … 1 white), to pick dark or light text on a coloured cell.</summary>
    public static double Luminance(SKColor c)
    {
        static double Linear(byte v) => v / 255.0 <= 0.03928 ? v / 255.0 / 12.92 : Math.Pow((v / 255.0 + 0.055) / 1.055, 2.4);
        return 0.2126 * Linear(c.Red) + 0.7152 * Linear(c.Green) + 0.0722 * Linear(c.Blue);
    }
}
