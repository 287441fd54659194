using SkiaSharp;
using Zeno.Reports.Charts;

namespace Zeno.Reports.Documents;

/// <summary>
/// The fonts, colours and text helpers of the PDF report. Text is drawn as text (with the fonts embedded), so
/// <c>pdftotext</c>, screen readers and search see it; the typefaces are the charts' (DejaVu Sans where installed),
/// which hold ✓ ✗ ▼ ≈ → as glyphs.
/// </summary>
internal sealed class PdfInk : IDisposable
{
    public static readonly SKColor Ink = new(0x1f, 0x29, 0x33);
    public static readonly SKColor Muted = new(0x5f, 0x6b, 0x7a);
    public static readonly SKColor Line = new(0xd9, 0xde, 0xe5);
    public static readonly SKColor Stripe = new(0xf6, 0xf7, 0xf9);
    public static readonly SKColor Pass = new(0x14, 0x6c, 0x2e);
    public static readonly SKColor Fail = new(0xb4, 0x23, 0x18);
    public static readonly SKColor FailBackground = new(0xfd, 0xec, 0xea);
    public static readonly SKColor Warn = new(0x9a, 0x5b, 0x00);
    public static readonly SKColor Accent = new(0x1d, 0x4e, 0xd8);

    private readonly Dictionary<(SKColor, float), SKPaint> _paints = [];
    private readonly Dictionary<(bool Bold, float Size), SKFont> _fonts = [];

    /// <summary>
    /// A font (cached: do not dispose). Only the charts' two typefaces are used, not a monospace one for filters:
    /// SkiaSharp's PDF backend embeds each font whole (it has no subsetter), so every extra typeface costs ~200 KB.
    /// </summary>
    public SKFont Font(float size, bool bold = false)
    {
        if (!_fonts.TryGetValue((bold, size), out var font))
            _fonts[(bold, size)] = font = ChartFonts.Font(bold ? ChartFonts.Bold : ChartFonts.Regular, size);
        return font;
    }

    /// <summary>A fill paint (cached: do not dispose).</summary>
    public SKPaint Fill(SKColor color) => Paint(color, 0);

    /// <summary>A stroke paint (cached: do not dispose).</summary>
    public SKPaint Stroke(SKColor color, float width) => Paint(color, width);

    public static float Width(SKFont font, string text) => text.Length == 0 ? 0 : font.MeasureText(text);

    /// <summary>The distance between baselines.</summary>
    public static float LineHeight(SKFont font) => font.Size * 1.3f;

    public static string Fit(SKFont font, string text, float width) => TextFit.Ellipsize(text, width, t => Width(font, t));

    public static IReadOnlyList<string> Wrap(SKFont font, string text, float width, int maxLines = 1000) =>
        TextFit.Wrap(text, width, maxLines, t => Width(font, t));

    public void Text(SKCanvas canvas, string text, float x, float baseline, SKFont font, SKColor color, SKTextAlign align = SKTextAlign.Left)
    {
        if (text.Length > 0)
            canvas.DrawText(text, x, baseline, align, font, Fill(color));
    }

    /// <summary>Draws wrapped text from <paramref name="top"/>; returns the height used.</summary>
    public float Paragraph(SKCanvas canvas, string text, float x, float top, float width, SKFont font, SKColor color)
    {
        var lines = Wrap(font, text, width);
        var height = LineHeight(font);
        for (var i = 0; i < lines.Count; i++)
            Text(canvas, lines[i], x, top + font.Size + i * height, font, color);
        return lines.Count * height;
    }

    /// <summary>The height <see cref="Paragraph"/> would use.</summary>
    public static float ParagraphHeight(string text, float width, SKFont font) => Wrap(font, text, width).Count * LineHeight(font);

    private SKPaint Paint(SKColor color, float stroke)
    {
        if (!_paints.TryGetValue((color, stroke), out var paint))
        {
            _paints[(color, stroke)] = paint = new SKPaint
            {
                Color = color,
                IsAntialias = true,
                Style = stroke > 0 ? SKPaintStyle.Stroke : SKPaintStyle.Fill,
                StrokeWidth = stroke,
                StrokeJoin = SKStrokeJoin.Round,
                StrokeCap = SKStrokeCap.Round,
            };
        }
        return paint;
    }

    public void Dispose()
    {
        foreach (var paint in _paints.Values)
            paint.Dispose();
        foreach (var font in _fonts.Values)
            font.Dispose();
    }
}
