using SkiaSharp;

namespace Zeno.Reports.Charts;

/// <summary>
/// What one paint of a chart draws with: the canvas, its three fonts and a cache of paints (disposed together), and
/// the text helpers every chart type shares (measure, fit, draw aligned).
/// </summary>
internal sealed class ChartInk : IDisposable
{
    private readonly Dictionary<(SKColor Color, float Stroke), SKPaint> paints = [];

    public ChartInk(SKCanvas canvas)
    {
        Canvas = canvas;
        Title = ChartFonts.Font(ChartFonts.Bold, ChartTheme.TitleSize);
        Label = ChartFonts.Font(ChartFonts.Regular, ChartTheme.LabelSize);
        LabelBold = ChartFonts.Font(ChartFonts.Bold, ChartTheme.LabelSize);
        Small = ChartFonts.Font(ChartFonts.Regular, ChartTheme.SmallSize);
    }

    public SKCanvas Canvas { get; }
    public SKFont Title { get; }
    public SKFont Label { get; }
    public SKFont LabelBold { get; }
    public SKFont Small { get; }

    /// <summary>An antialiased fill paint of a colour (cached: do not dispose).</summary>
    public SKPaint Fill(SKColor color) => Paint(color, 0);

    /// <summary>An antialiased stroke paint of a colour and width (cached: do not dispose).</summary>
    public SKPaint Stroke(SKColor color, float width) => Paint(color, width);

    public static float Width(SKFont font, string text) => text.Length == 0 ? 0 : font.MeasureText(text);

    /// <summary>The distance from one baseline to the next.</summary>
    public static float LineHeight(SKFont font) => Math.Max(font.Spacing, font.Size);

    /// <summary>The text, truncated with "…" to fit <paramref name="maxWidth"/>.</summary>
    public static string Fit(SKFont font, string text, float maxWidth) => TextFit.Ellipsize(text, maxWidth, t => Width(font, t));

    /// <summary>The text in at most <paramref name="maxLines"/> lines of <paramref name="maxWidth"/>.</summary>
    public static IReadOnlyList<string> Wrap(SKFont font, string text, float maxWidth, int maxLines) =>
        TextFit.Wrap(text, maxWidth, maxLines, t => Width(font, t));

    /// <summary>The baseline that centres a line of text vertically on <paramref name="middle"/>.</summary>
    public static float Baseline(SKFont font, float middle)
    {
        var metrics = font.Metrics;
        var cap = metrics.CapHeight > 0 ? metrics.CapHeight : font.Size * 0.7f;
        return middle + cap / 2;
    }

    public void Text(string text, float x, float baseline, SKFont font, SKColor color, SKTextAlign align = SKTextAlign.Left)
    {
        if (text.Length > 0) Canvas.DrawText(text, x, baseline, align, font, Fill(color));
    }

    /// <summary>Text on a white outline, readable where it crosses lines.</summary>
    public void HaloText(string text, float x, float baseline, SKFont font, SKColor color, SKTextAlign align = SKTextAlign.Left)
    {
        if (text.Length == 0) return;
        Canvas.DrawText(text, x, baseline, align, font, Stroke(ChartTheme.Background, 3f));
        Canvas.DrawText(text, x, baseline, align, font, Fill(color));
    }

    public void Dispose()
    {
        foreach (var paint in paints.Values) paint.Dispose();
        Title.Dispose();
        Label.Dispose();
        LabelBold.Dispose();
        Small.Dispose();
    }

    private SKPaint Paint(SKColor color, float stroke)
    {
        if (!paints.TryGetValue((color, stroke), out var paint))
        {
            paint = new SKPaint
            {
                Color = color,
                IsAntialias = true,
                Style = stroke > 0 ? SKPaintStyle.Stroke : SKPaintStyle.Fill,
                StrokeWidth = stroke,
                StrokeJoin = SKStrokeJoin.Round,
                StrokeCap = SKStrokeCap.Round,
            };
            paints[(color, stroke)] = paint;
        }
        return paint;
    }
}
