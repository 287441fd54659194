using System.Text.RegularExpressions;
using Zeno.Reports.Documents;

namespace Zeno.Reports.Tests.Documents;

public sealed class HtmlReportTests
{
    [Fact]
    public async Task The_page_stands_alone_with_inline_styles_charts_and_sparklines()
    {
        var snapshot = await DocumentProject.SnapshotAsync();

        var html = HtmlReport.Render(snapshot);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(src|href)=""(https?:)?//", html);
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
        // One sparkline per slice and metric, and one figure per chart.
        Assert.Equal(snapshot.Slices.Count, Regex.Matches(html, "<svg class=\"spark\"").Count);
        Assert.Equal(snapshot.Charts.Count, Regex.Matches(html, "<figure class=\"chart\"><svg").Count);
    }

    [Fact]
    public async Task Pass_and_fail_are_an_icon_and_a_word_not_a_colour_alone()
    {
        var html = HtmlReport.Render(await DocumentProject.SnapshotAsync());

        Assert.Contains("<span class=\"verdict\">✗ FAIL</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"verdict\">✓ pass</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_are_escaped_and_chart_ids_do_not_collide()
    {
        var snapshot = await DocumentProject.SnapshotAsync(name: "<b>Q3</b> & \"more\"");

        var html = HtmlReport.Render(snapshot);

        Assert.DoesNotContain("<b>Q3</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Q3&lt;/b&gt; &amp; &quot;more&quot;", html, StringComparison.Ordinal);
        var ids = Regex.Matches(html, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
