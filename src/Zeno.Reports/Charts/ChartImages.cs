using System.Text;
using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>A report chart as an image file: PNG bytes or SVG text, drawn by <see cref="ChartPainter"/>.</summary>
public static class ChartImages
{
    /// <summary>
    /// The chart as PNG bytes: <paramref name="width"/> × <paramref name="height"/> layout units drawn at
    /// <paramref name="scale"/> pixels per unit (2 for crisp text on high-density screens), so the image is
    /// width × scale by height × scale pixels.
    /// </summary>
    public static byte[] Png(ChartData data, int width, int height, float scale = 2f)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (!(scale > 0 && float.IsFinite(scale))) throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale must be a positive number.");
        var info = new SKImageInfo((int)Math.Ceiling(width * scale), (int)Math.Ceiling(height * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info)
            ?? throw new ArgumentOutOfRangeException(nameof(width), $"A {info.Width}×{info.Height} image is too large to draw.");
        surface.Canvas.Scale(scale);
        ChartPainter.Paint(surface.Canvas, SKRect.Create(width, height), data);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>The chart as a standalone SVG document of <paramref name="width"/> × <paramref name="height"/> pixels, its text kept as text.</summary>
    public static string Svg(ChartData data, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        using var stream = new MemoryStream();
        // The SVG canvas writes its closing tags when disposed, so it must be gone before the stream is read.
        using (var canvas = SKSvgCanvas.Create(SKRect.Create(width, height), stream))
            ChartPainter.Paint(canvas, SKRect.Create(width, height), data);
        return SvgText.Tidy(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
