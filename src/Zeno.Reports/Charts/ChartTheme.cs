using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>
/// Sizes (in the canvas's units: pixels for PNG and SVG, points on a PDF page) and colours every chart shares. The
/// text sizes stay readable on a printed A4 page, where a chart is about 500 points wide.
/// </summary>
internal static class ChartTheme
{
    public const float TitleSize = 14f;
    public const float LabelSize = 11f;
    public const float SmallSize = 9.5f;
    public const float MinTableSize = 8f;
    public const float Pad = 10f;
    public const float Gap = 6f;

    public static readonly SKColor Background = SKColors.White;
    public static readonly SKColor Ink = new(0x22, 0x22, 0x22);
    public static readonly SKColor Muted = new(0x6b, 0x6b, 0x6b);
    public static readonly SKColor Axis = new(0x99, 0x99, 0x99);
    public static readonly SKColor Grid = new(0xe6, 0xe6, 0xe6);
    public static readonly SKColor Stripe = new(0xf4, 0xf5, 0xf7);
    public static readonly SKColor MissingCell = new(0xee, 0xee, 0xee);
}
