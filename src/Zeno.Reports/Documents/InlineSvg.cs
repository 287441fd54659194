using System.Text.RegularExpressions;

namespace Zeno.Reports.Documents;

/// <summary>
/// Makes a standalone SVG document (a chart from <c>ChartImages.Svg</c>) safe to inline in an HTML page beside others:
/// the XML prolog goes, and every id (clip paths, gradients) gets a per-chart prefix, because ids are global in a page
/// and two charts' "clip1" would otherwise clip each other.
/// </summary>
internal static partial class InlineSvg
{
    public static string Embed(string svg, string prefix)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var body = start < 0 ? svg : svg[start..];
        body = IdAttribute().Replace(body, m => $"id=\"{prefix}{m.Groups[1].Value}\"");
        return Reference().Replace(body, m => $"{m.Groups[1].Value}#{prefix}{m.Groups[2].Value}");
    }

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    // url(#x), href="#x" and xlink:href="#x"
    [GeneratedRegex("(url\\(|href=\")#([^\")]+)")]
    private static partial Regex Reference();
}
