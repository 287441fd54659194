using System.Globalization;
using System.Net;
using System.Text;

namespace Zeno.Reports.Documents;

/// <summary>A sparkline as a small inline SVG: the line, a dot per model, the latest one larger; a title for screen readers and tooltips.</summary>
internal static class SvgSparkline
{
    public const int Width = 96;
    public const int Height = 24;

    public static string Render(IReadOnlyList<double?> values, string title, bool warn)
    {
        var points = Sparkline.Points(values, Width, Height, padding: 3);
        var colour = warn ? "#b42318" : "#1d4ed8";
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"spark\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(title)}\"><title>{WebUtility.HtmlEncode(title)}</title>");
        foreach (var run in Sparkline.Runs(points).Where(run => run.Count > 1))
            svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\" points=\"{string.Join(" ", run.Select(p => $"{F(p.X)},{F(p.Y)}"))}\"/>");
        for (var i = 0; i < points.Count; i++)
            if (points[i] is { } p)
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(p.X)}\" cy=\"{F(p.Y)}\" r=\"{(i == points.Count - 1 ? 2.5 : 1.5)}\" fill=\"{colour}\"/>");
        return svg.Append("</svg>").ToString();
    }

    private static string F(float value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
