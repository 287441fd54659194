using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Metrics;

namespace Zeno.Core.Query.Index;

/// <summary>Turns the brush kernel's cube over codes into a <see cref="BrushIndex"/> over the bars charts show. Pure.</summary>
internal static class BrushCube
{
    public static BrushIndex Assemble(IReadOnlyList<ChartPlan> charts, IReadOnlyList<CodeColumn> codes, int active, StatisticsKind? kind,
        (long[][] Cells, BinStats?[] CellStats, long[] Selected, BinStats? SelectedStats) cube)
    {
        var activeShown = Shown(charts[active], codes[active]);
        var passive = Enumerable.Range(0, charts.Count).Where(c => c != active).Select(c =>
        {
            var shown = Shown(charts[c], codes[c]);
            var width = codes[c].Codes;
            var cells = activeShown.SelectMany(a => shown.Select(p => a.Code * width + p.Code)).ToList();
            return new BrushChart(charts[c].Column, [.. shown.Select(s => s.Label)], Cells(cells, cube.Cells[c], cube.CellStats[c], kind));
        }).ToList();
        var selection = Cells([.. activeShown.Select(a => a.Code)], cube.Selected, cube.SelectedStats, kind);
        return new BrushIndex(charts[active].Column, [.. activeShown.Select(a => a.Label)], selection, passive) { MetricKind = kind };
    }

    private static List<(int Code, string Label)> Shown(ChartPlan chart, CodeColumn codes)
    {
        var shapes = chart.Layout.Buckets(chart.Column);
        return [.. chart.Layout.ShownCodes(shapes, code => codes.Totals[code]).Select(code => (code, code < shapes.Count ? shapes[code].Label : ColumnLayout.MissingLabel))];
    }

    private static BrushCells Cells(IReadOnlyList<int> at, long[] rows, BinStats? stats, StatisticsKind? kind)
    {
        var cells = new BrushCells([.. at.Select(i => rows[i])]);
        if (stats is null || kind is not { } k)
            return cells;
        static double? Finite(double value) => double.IsFinite(value) ? value : null;
        return k switch
        {
            StatisticsKind.Matches or StatisticsKind.TrimmedMatches => cells with { Correct = [.. at.Select(i => stats.Correct[i])] },
            StatisticsKind.Mean or StatisticsKind.Regression => cells with
            {
                Present = [.. at.Select(i => stats.Present[i])],
                Sum = [.. at.Select(i => Finite(stats.Sum[i]))],
                SumAbs = [.. at.Select(i => Finite(stats.SumAbs[i]))],
                SumSquares = [.. at.Select(i => Finite(stats.SumSquares[i]))],
            },
            StatisticsKind.WordEdits or StatisticsKind.CharEdits => cells with
            {
                Edits = [.. at.Select(i => stats.Edits[i])],
                ReferenceLength = [.. at.Select(i => stats.ReferenceLength[i])],
            },
            _ => cells,
        };
    }
}
