using SkiaSharp;
using Zeno.Core.State;

namespace Zeno.Reports.Charts;

/// <summary>
/// The heat map: slices down the side and across the bottom, each cell the held metric of the held model on the
/// intersection of its row's and column's slices, coloured by value on <see cref="HeatColors"/> (scaled from the lowest
/// to the highest value shown) with the value and the intersection's size written in it where they fit. A missing
/// value is a grey cell with "—". A colour ramp under the title reads the colours back.
/// </summary>
internal static class HeatmapChart
{
    /// <summary>The model and metric a heat map shows (its slices are both axes).</summary>
    public static IEnumerable<(ChartDimension Dimension, string Value)> Held(ChartData data) =>
        new ChartCube(data with { Encoding = new ChartEncoding(ChartDimension.Slices) }).Held;

    public static void Draw(ChartInk ink, ChartData data, SKRect body)
    {
        var slices = data.Slices;
        var cells = data.Intersections;
        if (slices.Count == 0 || cells is null)
        {
            ChartPainter.Empty(ink, body);
            return;
        }
        (double? Value, long Size)? Cell(int row, int column) =>
            cells.TryGetValue((slices[row], slices[column]), out var cell) ? cell : null;
        var known = (from r in Enumerable.Range(0, slices.Count)
                     from c in Enumerable.Range(0, slices.Count)
                     let v = Cell(r, c)?.Value
                     where v is { } x && double.IsFinite(x)
                     select v!.Value).ToList();
        var (min, max) = known.Count == 0 ? (0d, 1d) : (known.Min(), known.Max());

        var rampHeight = HeatmapRamp.Draw(ink, body, min, max, data.Percent);
        var grid = HeatmapGrid.For(new SKRect(body.Left, body.Top + rampHeight, body.Right, body.Bottom), slices, ink.Label);
        for (var r = 0; r < slices.Count; r++)
        {
            ink.Text(ChartInk.Fit(ink.Label, slices[r], grid.LabelWidth - ChartTheme.Gap), grid.Cells.Left - ChartTheme.Gap,
                ChartInk.Baseline(ink.Label, grid.Row(r) + grid.CellHeight / 2), ink.Label, ChartTheme.Ink, SKTextAlign.Right);
            for (var c = 0; c < slices.Count; c++)
            {
                var box = new SKRect(grid.Column(c), grid.Row(r), grid.Column(c) + grid.CellWidth, grid.Row(r) + grid.CellHeight);
                var cell = Cell(r, c);
                var color = cell?.Value is { } v && double.IsFinite(v)
                    ? HeatColors.At(max > min ? (v - min) / (max - min) : 1)
                    : ChartTheme.MissingCell;
                ink.Canvas.DrawRect(box, ink.Fill(color));
                CellText(ink, box, cell, color, data.Percent);
            }
        }
        grid.DrawColumnLabels(ink, slices);
    }

    // The value (and, when two lines fit, the size), light on dark cells and dark on light ones.
    private static void CellText(ChartInk ink, SKRect box, (double? Value, long Size)? cell, SKColor fill, bool percent)
    {
        var value = ValueFormat.Value(cell?.Value, percent);
        var size = cell is { } known ? ValueFormat.Size(known.Size) : "";
        var text = Palette.Luminance(fill) < 0.3 ? SKColors.White : ChartTheme.Ink;
        var room = box.Width - 4;
        if (ChartInk.Width(ink.Label, value) > room || box.Height < ChartInk.LineHeight(ink.Label)) return;
        var two = size.Length > 0 && ChartInk.Width(ink.Small, size) <= room && box.Height >= ChartInk.LineHeight(ink.Label) + ChartInk.LineHeight(ink.Small) + 2;
        if (!two)
        {
            ink.Text(value, box.MidX, ChartInk.Baseline(ink.Label, box.MidY), ink.Label, text, SKTextAlign.Center);
            return;
        }
        var half = (ChartInk.LineHeight(ink.Label) + ChartInk.LineHeight(ink.Small)) / 2;
        ink.Text(value, box.MidX, ChartInk.Baseline(ink.Label, box.MidY - half + ChartInk.LineHeight(ink.Label) / 2), ink.Label, text, SKTextAlign.Center);
        ink.Text(size, box.MidX, ChartInk.Baseline(ink.Small, box.MidY + half - ChartInk.LineHeight(ink.Small) / 2), ink.Small, text, SKTextAlign.Center);
    }
}
