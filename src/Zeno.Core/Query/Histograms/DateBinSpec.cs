namespace Zeno.Core.Query.Histograms;

/// <summary>
/// Time bins for a datetime column: the finest calendar unit (and multiple of it) that covers the range in at most
/// <see cref="MaxBins"/> bins, edges on calendar boundaries (the first at the start of the minimum's unit, the last
/// after the maximum), so every bin is one whole unit. Pure; values are found by the same search as <see cref="BinSpec"/>.
/// </summary>
internal sealed class DateBinSpec
{
    /// <summary>The most bins a datetime chart gets; the unit chosen is the finest that stays under it.</summary>
    public const int MaxBins = 60;

    // Finest first. Multiples divide the next unit evenly, so their boundaries are calendar boundaries too.
    private static readonly (DateUnit Unit, int Step)[] Candidates =
    [
        (DateUnit.Second, 1), (DateUnit.Second, 5), (DateUnit.Second, 15), (DateUnit.Second, 30),
        (DateUnit.Minute, 1), (DateUnit.Minute, 5), (DateUnit.Minute, 15), (DateUnit.Minute, 30),
        (DateUnit.Hour, 1), (DateUnit.Hour, 3), (DateUnit.Hour, 6), (DateUnit.Hour, 12),
        (DateUnit.Day, 1), (DateUnit.Week, 1), (DateUnit.Month, 1), (DateUnit.Month, 3),
        (DateUnit.Year, 1), (DateUnit.Year, 2), (DateUnit.Year, 5), (DateUnit.Year, 10), (DateUnit.Year, 20),
        (DateUnit.Year, 50), (DateUnit.Year, 100), (DateUnit.Year, 200), (DateUnit.Year, 500), (DateUnit.Year, 1000),
        (DateUnit.Year, 2000), (DateUnit.Year, 5000), (DateUnit.Year, 10000),
    ];

    private DateBinSpec(DateUnit unit, int step, IReadOnlyList<DateTime> edges) => (Unit, Step, Edges) = (unit, step, edges);

    /// <summary>The calendar unit.</summary>
    public DateUnit Unit { get; }

    /// <summary>How many units one bin spans.</summary>
    public int Step { get; }

    /// <summary>The edges, strictly increasing, at least two.</summary>
    public IReadOnlyList<DateTime> Edges { get; }

    /// <summary>The number of bins.</summary>
    public int Count => Edges.Count - 1;

    /// <summary>The bin of a value, exactly as the SQL of <see cref="EdgeSearch"/> computes it.</summary>
    public int BinOf(DateTime value) => EdgeSearch.Find(Count, i => value < Edges[i]);

    /// <summary>
    /// Bins over [<paramref name="min"/>, <paramref name="max"/>]. <paramref name="dateOnly"/>: every value is a
    /// midnight (a DATE column), so nothing finer than a day.
    /// </summary>
    public static DateBinSpec For(DateTime min, DateTime max, bool dateOnly = false, int maxBins = MaxBins)
    {
        if (min > max)
            throw new ArgumentException($"bin bounds must be ordered, not [{min:O}, {max:O}]");
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBins, 1);
        foreach (var (unit, step) in Candidates.Where(c => !dateOnly || c.Unit >= DateUnit.Day))
        {
            if (CalendarEdges(min, max, unit, step, maxBins) is { } edges)
                return new DateBinSpec(unit, step, edges);
        }
        // Ten-thousand-year bins cover DateTime's whole range in one or two bins, so this is not reached.
        return new DateBinSpec(DateUnit.Year, 10000, [DateTime.MinValue, DateTime.MaxValue]);
    }

    private static List<DateTime>? CalendarEdges(DateTime min, DateTime max, DateUnit unit, int step, int maxBins)
    {
        var edges = new List<DateTime> { CalendarUnits.Truncate(min, unit, step) };
        while (edges[^1] <= max && edges[^1] != DateTime.MaxValue)
        {
            if (edges.Count > maxBins)
                return null;
            edges.Add(CalendarUnits.Add(edges[^1], unit, step));
        }
        return edges;
    }
}
