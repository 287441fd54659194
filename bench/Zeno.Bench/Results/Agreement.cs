using Zeno.Bench.Baselines;

namespace Zeno.Bench.Results;

/// <summary>
/// Checks that a baseline answered what Zeno answered: the same count in every bar, the same selection sizes and
/// accuracies, the same slice table and the same page. A timing is only comparable when the work is the same.
/// </summary>
internal static class Agreement
{
    public static List<string> Compare(Answers zeno, Answers other, string engine)
    {
        var problems = new List<string>();
        void Check(bool same, string what)
        {
            if (!same && problems.Count < 10)
                problems.Add($"{engine}: {what}");
        }
        for (var i = 0; i < zeno.Filter.Count && i < other.Filter.Count; i++)
            CompareSelection(zeno.Filter[i], other.Filter[i], $"filter state {i + 1}", Check, accuracy: true);
        for (var i = 0; i < zeno.Brush.Count && i < other.Brush.Count; i++)
            CompareSelection(zeno.Brush[i], other.Brush[i], $"brush frame {i + 1}", Check, accuracy: false);
        Check(zeno.Slices.Count == other.Slices.Count, $"{other.Slices.Count} slices instead of {zeno.Slices.Count}");
        for (var i = 0; i < Math.Min(zeno.Slices.Count, other.Slices.Count); i++)
        {
            Check(zeno.Slices[i].Size == other.Slices[i].Size, $"slice {i + 1}: size {other.Slices[i].Size} instead of {zeno.Slices[i].Size}");
            for (var m = 0; m < zeno.Slices[i].Accuracy.Count; m++)
                Check(Same(zeno.Slices[i].Accuracy[m], other.Slices[i].Accuracy.ElementAtOrDefault(m)),
                    $"slice {i + 1}, model {m + 1}: accuracy {other.Slices[i].Accuracy.ElementAtOrDefault(m)} instead of {zeno.Slices[i].Accuracy[m]}");
        }
        ComparePage(zeno, other, Check);
        return problems;
    }

    // The same sort values in the same order, and the same ids among rows that tie, except in a tie group that the
    // page's end cuts (which of its rows make the page is anybody's choice).
    private static void ComparePage(Answers zeno, Answers other, Action<bool, string> check)
    {
        var first = Enumerable.Range(0, Math.Max(zeno.Rows.Count, other.Rows.Count))
            .FirstOrDefault(i => zeno.Rows.ElementAtOrDefault(i) != other.Rows.ElementAtOrDefault(i), -1);
        if (first < 0)
            return;
        if (zeno.RowValues is not { } values || other.RowValues is not { } theirs)
        {
            check(false, $"page row {first + 1}: id {other.Rows.ElementAtOrDefault(first)} instead of {zeno.Rows.ElementAtOrDefault(first)}");
            return;
        }
        check(values.SequenceEqual(theirs), $"page sort values [{string.Join(", ", theirs)}] instead of [{string.Join(", ", values)}]");
        foreach (var group in Enumerable.Range(0, values.Count).GroupBy(i => values[i]).Where(g => g.Max() < values.Count - 1))
            check(group.Select(i => zeno.Rows[i]).Order().SequenceEqual(group.Select(i => other.Rows.ElementAtOrDefault(i) ?? "").Order()),
                $"page rows with {group.Key}: ids [{string.Join(", ", group.Select(i => other.Rows.ElementAtOrDefault(i)))}] instead of [{string.Join(", ", group.Select(i => zeno.Rows[i]))}]");
    }

    private static void CompareSelection(SelectionAnswer zeno, SelectionAnswer other, string where, Action<bool, string> check, bool accuracy)
    {
        check(zeno.Size == other.Size, $"{where}: selection size {other.Size} instead of {zeno.Size}");
        if (accuracy)
            check(Same(zeno.Accuracy, other.Accuracy), $"{where}: accuracy {other.Accuracy} instead of {zeno.Accuracy}");
        foreach (var (column, bars) in zeno.Charts)
        {
            if (!other.Charts.TryGetValue(column, out var theirs))
            {
                check(false, $"{where}: no chart for {column}");
                continue;
            }
            foreach (var label in bars.Keys.Union(theirs.Keys))
                check(bars.GetValueOrDefault(label) == theirs.GetValueOrDefault(label),
                    $"{where}, {column} = {label}: {theirs.GetValueOrDefault(label)} rows instead of {bars.GetValueOrDefault(label)}");
        }
    }

    private static bool Same(double? a, double? b) => a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) < 1e-9;
}
