using SkiaSharp;
using Zeno.Core.State;
using Zeno.Reports.Charts;

namespace Zeno.Reports.Tests.Charts;

public sealed class ChartPdfTests
{
    [Fact]
    public void Every_chart_type_draws_onto_a_pdf_page_and_keeps_its_text_as_text()
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            foreach (var type in Enum.GetValues<ChartType>())
            {
                // An A4 page in points, the chart in its printable area below a heading.
                var page = document.BeginPage(595, 842);
                ChartPainter.Paint(page, new SKRect(40, 80, 555, 420), Samples.Report(type, new ChartEncoding(ChartDimension.Slices, ChartDimension.Models)));
                document.EndPage();
            }
            document.Close();
        }
        var pdf = stream.ToArray();
        var folder = Path.Combine(Samples.RepositoryRoot(), "artifacts", "chart-shots");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "every-type.pdf"), pdf); // for a person to print and read
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        // Text stays glyphs with an embedded font (selectable, sharp in print), not pixels.
        Assert.Contains("/FontFile", System.Text.Encoding.ASCII.GetString(pdf));
    }
}
