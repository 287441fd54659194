using System.Globalization;
using System.Net;
using System.Text;
using Zeno.Reports.Charts;
using Zeno.Reports.Snapshot;

namespace Zeno.Reports.Documents;

/// <summary>
/// A report as one self-contained HTML file: inline CSS (with a print stylesheet for A4), inline SVG charts and
/// sparklines, no scripts and nothing fetched, so it can be mailed, archived or printed. Pass and fail are an icon and
/// a word as well as a colour; trend markers carry their explanation as a tooltip and again in the text.
/// </summary>
public static partial class HtmlReport
{
    /// <summary>The width and height, in CSS pixels, charts are drawn at.</summary>
    public const int ChartWidth = 720, ChartHeight = 400;

    /// <summary>The document for <paramref name="snapshot"/>.</summary>
    public static string Render(ReportSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>{E(snapshot.Report)} · {E(snapshot.Project)}</title>\n<style>{Styles}</style>\n</head>\n<body>\n");
        Header(html, snapshot);
        foreach (var metric in snapshot.Metrics)
            SliceTable(html, snapshot, metric);
        Tests(html, snapshot);
        ChartFigures(html, snapshot);
        Definitions(html, snapshot);
        html.Append(CultureInfo.InvariantCulture, $"<footer>Exported by Zeno on {E(ReportText.Date(snapshot.Created))}. Aggregates only: no instance of the data is included.</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Header(StringBuilder html, ReportSnapshot s)
    {
        html.Append(CultureInfo.InvariantCulture, $"<header>\n<p class=\"kicker\">Zeno report · {E(s.Project)}</p>\n<h1>{E(s.Report)}</h1>\n")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">Created {E(ReportText.Date(s.Created))} · transform: {E(s.Transform ?? "none (original instances)")} · models, oldest to latest: {E(string.Join(" → ", s.Models))}</p>\n")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"summary{(s.Counts.FailingLatest > 0 ? " failing" : "")}\">{E(ReportText.TestSummary(s))}</p>\n</header>\n");
        if (s.Notes.Count > 0)
            html.Append("<aside class=\"notes\"><h2>Notes</h2><ul>").AppendJoin("", s.Notes.Select(note => $"<li>{E(note)}</li>")).Append("</ul></aside>\n");
    }

    private static void SliceTable(StringBuilder html, ReportSnapshot s, SnapshotMetric metric)
    {
        var latest = s.LatestModel;
        html.Append(CultureInfo.InvariantCulture, $"<section>\n<h2>{E(metric.Name)} by slice and model</h2>\n<table class=\"slices\">\n<thead><tr><th scope=\"col\">slice</th><th scope=\"col\" class=\"num\">size{(latest is null ? "" : $" ({E(latest)})")}</th>");
        foreach (var model in s.Models)
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\" class=\"num\">{E(model)}</th>");
        html.Append("<th scope=\"col\">trend</th></tr></thead>\n<tbody>\n");
        foreach (var slice in s.Slices)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(slice.Name)}{(slice.Folder is null ? "" : $"<span class=\"folder\">{E(slice.Folder)}</span>")}</th>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{E(ReportText.Size(latest is null ? null : slice.Size(latest)))}</td>");
            var test = s.TestOf(slice.Id, metric.Name);
            foreach (var model in s.Models)
                html.Append(Cell(slice, model, metric, test));
            html.Append(TrendCell(slice, metric)).Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        Warnings(html, s, metric);
        html.Append("</section>\n");
    }

    private static string Cell(SnapshotSlice slice, string model, SnapshotMetric metric, SnapshotTest? test)
    {
        var value = E(ReportText.Value(slice.Value(model, metric.Name), metric.Percent));
        var size = $"n = {ReportText.Size(slice.Size(model))}";
        if (test?.For(model) is not { } result)
            return $"<td class=\"num\" title=\"{E(size)}\">{value}</td>";
        var css = result.Error is not null ? "error" : result.Passed ? "pass" : "fail";
        var why = result.Message is null ? $"meets {test.Expect}" : result.Message;
        return $"<td class=\"num {css}\" title=\"{E($"{size}; test: {metric.Name} {test.Expect} — {why}")}\">{value}<span class=\"verdict\">{E(ReportText.Icon(result))} {E(ReportText.Word(result))}</span></td>";
    }

    private static string TrendCell(SnapshotSlice slice, SnapshotMetric metric)
    {
        if (slice.Trend(metric.Name) is not { } trend)
            return "<td></td>";
        var markers = string.Concat(trend.Markers.Select(marker =>
            $" <span class=\"marker {ReportText.Word(marker.Kind)}\" title=\"{E(marker.Explanation)}\">{ReportText.Symbol(marker.Kind)} {ReportText.Word(marker.Kind)}</span>"));
        return $"<td class=\"trend\">{SvgSparkline.Render(trend.Values, trend.Explanation, trend.Regressing)}{markers}</td>";
    }

    // Tooltips do not print, so every raised marker is explained again below its table.
    private static void Warnings(StringBuilder html, ReportSnapshot s, SnapshotMetric metric)
    {
        var flagged = s.Slices.Where(slice => slice.Trend(metric.Name) is { Markers.Count: > 0 }).ToList();
        if (flagged.Count == 0)
            return;
        html.Append("<ul class=\"warnings\">");
        foreach (var slice in flagged)
        {
            var trend = slice.Trend(metric.Name)!;
            html.Append(CultureInfo.InvariantCulture, $"<li><b>{string.Concat(trend.Markers.Select(m => ReportText.Symbol(m.Kind)))} {E(slice.Name)}</b>: {E(trend.Explanation)}</li>");
        }
        html.Append(CultureInfo.InvariantCulture, $"<li>{E(ReportText.MarkerRules)}</li></ul>\n");
    }

    private static void Tests(StringBuilder html, ReportSnapshot s)
    {
        html.Append("<section>\n<h2>Behavioral tests</h2>\n");
        if (s.Tests.Count == 0)
        {
            html.Append("<p>This report has no behavioral tests.</p>\n</section>\n");
            return;
        }
        var models = s.Models.Where(model => s.Tests.Any(t => t.For(model) is not null)).ToList();
        html.Append("<table class=\"tests\">\n<thead><tr><th scope=\"col\">test</th><th scope=\"col\">expect</th>")
            .AppendJoin("", models.Select(model => $"<th scope=\"col\" class=\"num\">{E(model)}</th>")).Append("</tr></thead>\n<tbody>\n");
        foreach (var test in s.Tests)
        {
            var percent = s.Metrics.FirstOrDefault(m => m.Name == test.Metric)?.Percent ?? false;
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(test.Slice)} · {E(test.Metric)}</th><td>{E(test.Expect)}</td>");
            foreach (var model in models)
            {
                html.Append(test.For(model) is { } r
                    ? $"<td class=\"num {(r.Error is not null ? "error" : r.Passed ? "pass" : "fail")}\" title=\"{E(r.Message ?? "passes")}\">{E(ReportText.Value(r.Value, percent))}<span class=\"verdict\">{E(ReportText.Icon(r))} {E(ReportText.Word(r))}</span></td>"
                    : "<td class=\"num\">not tested</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        var failing = s.Tests.SelectMany(t => t.Results.Where(r => !r.Passed).Select(r => (t, r))).ToList();
        if (failing.Count > 0)
            html.Append("<ul class=\"failures\">").AppendJoin("", failing.Select(f => $"<li><b>{E(ReportText.Icon(f.r))} {E(f.t.Name)}</b> ({E(f.r.Model)}): {E(f.r.Message ?? "")}</li>")).Append("</ul>\n");
        html.Append("</section>\n");
    }

    private static void ChartFigures(StringBuilder html, ReportSnapshot s)
    {
        if (s.Charts.Count == 0)
            return;
        html.Append("<section>\n<h2>Charts</h2>\n");
        for (var i = 0; i < s.Charts.Count; i++)
        {
            var chart = s.Charts[i];
            var svg = InlineSvg.Embed(ChartImages.Svg(SnapshotCharts.ToChartData(s, chart), ChartWidth, ChartHeight), $"chart{i + 1}-");
            html.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\">{svg}<figcaption>{E(chart.Name)} ({E(chart.Type.ToString().ToLowerInvariant())}{Held(chart)})</figcaption></figure>\n");
        }
        html.Append("</section>\n");
    }

    private static string Held(SnapshotChart chart)
    {
        var held = new[] { ("slice", chart.Held.Slice), ("model", chart.Held.Model), ("metric", chart.Held.Metric) }
            .Where(h => h.Item2 is not null).Select(h => $"{h.Item1} {h.Item2}").ToList();
        return held.Count == 0 ? "" : "; " + string.Join(", ", held);
    }

    private static void Definitions(StringBuilder html, ReportSnapshot s)
    {
        html.Append("<section>\n<h2>Slice definitions</h2>\n<dl class=\"definitions\">\n");
        foreach (var slice in s.Slices)
            html.Append(CultureInfo.InvariantCulture, $"<dt>{E(slice.Name)}{(slice.Folder is null ? "" : $" <span class=\"folder\">{E(slice.Folder)}</span>")}</dt><dd><code>{E(ReportText.Filter(slice))}</code></dd>\n");
        html.Append("</dl>\n</section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
