using System.Net;
using System.Text.Json;

namespace Zeno.Server.Tests;

/// <summary>Report documents and chart images over HTTP: the right type, a safe file name, and problems for wrong names.</summary>
public sealed class ReportExportEndpointTests
{
    [Fact]
    public async Task A_report_downloads_as_pdf_html_and_json_with_a_safe_file_name()
    {
        await using var server = await ServerProject.StartAsync();
        var (reportId, _) = await AnalysisEndpointTests.SaveReport(server);

        using var pdf = await server.Client.GetAsync($"/api/reports/{reportId}/export.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Short-reviews-Q3.pdf", pdf.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition.DispositionType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.Latin1.GetString(await pdf.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);

        using var html = await server.Client.GetAsync($"/api/reports/{reportId}/export.html");
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Short reviews / Q3", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var json = JsonDocument.Parse(await server.Client.GetStringAsync($"/api/reports/{reportId}/export.json")).RootElement;
        Assert.Equal("Short reviews / Q3", json.GetProperty("report").GetString());
        Assert.Equal("reviews", json.GetProperty("project").GetString());
        Assert.Equal(3, json.GetProperty("slices").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_report_or_format_is_a_404_problem()
    {
        await using var server = await ServerProject.StartAsync();
        var (reportId, _) = await AnalysisEndpointTests.SaveReport(server);

        using var report = await server.Client.GetAsync("/api/reports/r_999/export.pdf");
        Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
        Assert.Equal("application/problem+json", report.Content.Headers.ContentType!.MediaType);
        using var format = await server.Client.GetAsync($"/api/reports/{reportId}/export.docx");
        Assert.Equal(HttpStatusCode.NotFound, format.StatusCode);
        Assert.Contains("pdf, html, json", await AnalysisEndpointTests.Detail(format), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chart_draws_as_png_and_svg_with_other_held_values_and_bounded_sizes()
    {
        await using var server = await ServerProject.StartAsync();
        var (reportId, _) = await AnalysisEndpointTests.SaveReport(server);
        var chartId = (await server.GetJson($"/api/reports/{reportId}/charts"))[0].GetProperty("id").GetString();

        using var png = await server.Client.GetAsync($"/api/reports/{reportId}/charts/{chartId}.png?width=400&height=300");
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        var bytes = await png.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        using var bitmap = SkiaSharp.SKBitmap.Decode(bytes);
        Assert.Equal((800, 600), (bitmap.Width, bitmap.Height)); // drawn at 2 pixels per unit

        var svg = await server.Client.GetStringAsync($"/api/reports/{reportId}/charts/{chartId}.svg?metric=count");
        Assert.Contains("<svg", svg, StringComparison.Ordinal);

        using var model = await server.Client.GetAsync($"/api/reports/{reportId}/charts/{chartId}.svg?metric=f1");
        Assert.Equal(HttpStatusCode.NotFound, model.StatusCode);
        Assert.Contains("metrics: accuracy, count", await AnalysisEndpointTests.Detail(model), StringComparison.Ordinal);
        using var huge = await server.Client.GetAsync($"/api/reports/{reportId}/charts/{chartId}.png?width=100000");
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        using var chart = await server.Client.GetAsync($"/api/reports/{reportId}/charts/c_999.png");
        Assert.Equal(HttpStatusCode.NotFound, chart.StatusCode);
    }

    [Fact]
    public async Task A_read_only_server_still_exports_and_answers_the_analysis_table()
    {
        await using var server = await ServerProject.StartAsync(options => options with { ReadOnly = true });

        using var table = await server.Client.PostAsync("/api/analysis/table",
            new StringContent("{\"metric\":\"accuracy\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, table.StatusCode);
        using var summaries = await server.Client.GetAsync("/api/reports/summaries");
        Assert.Equal(HttpStatusCode.OK, summaries.StatusCode);
    }
}
