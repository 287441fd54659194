namespace Zeno.Core.Query.Histograms;

/// <summary>Calendar arithmetic for time bins: the start of a unit (as DuckDB's date_trunc, weeks from Monday) and the next one.</summary>
internal static class CalendarUnits
{
    /// <summary>The start of the <paramref name="step"/>-unit block holding <paramref name="value"/>.</summary>
    public static DateTime Truncate(DateTime value, DateUnit unit, int step)
    {
        var day = value.Date;
        return unit switch
        {
            DateUnit.Second => day.Add(new TimeSpan(value.Hour, value.Minute, value.Second / step * step)),
            DateUnit.Minute => day.Add(new TimeSpan(value.Hour, value.Minute / step * step, 0)),
            DateUnit.Hour => day.AddHours(value.Hour / step * step),
            DateUnit.Day => day,
            // Monday is day 1 of .NET's week and Sunday day 0, which belongs to the week of the Monday before.
            DateUnit.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
            DateUnit.Month => new DateTime(value.Year, (value.Month - 1) / step * step + 1, 1),
            // Year 0 does not exist: the first block of a long step starts in year 1.
            _ => new DateTime(Math.Max(1, value.Year / step * step), 1, 1),
        };
    }

    /// <summary>The boundary <paramref name="step"/> units after <paramref name="edge"/>; DateTime.MaxValue past the calendar's end.</summary>
    public static DateTime Add(DateTime edge, DateUnit unit, int step)
    {
        var room = DateTime.MaxValue - edge;
        return unit switch
        {
            DateUnit.Second => Fits(room, TimeSpan.FromSeconds(step)) ? edge.AddSeconds(step) : DateTime.MaxValue,
            DateUnit.Minute => Fits(room, TimeSpan.FromMinutes(step)) ? edge.AddMinutes(step) : DateTime.MaxValue,
            DateUnit.Hour => Fits(room, TimeSpan.FromHours(step)) ? edge.AddHours(step) : DateTime.MaxValue,
            DateUnit.Day => Fits(room, TimeSpan.FromDays(step)) ? edge.AddDays(step) : DateTime.MaxValue,
            DateUnit.Week => Fits(room, TimeSpan.FromDays(7 * step)) ? edge.AddDays(7 * step) : DateTime.MaxValue,
            DateUnit.Month => edge.Year * 12 + edge.Month - 1 + step < 10000 * 12 ? edge.AddMonths(step) : DateTime.MaxValue,
            _ => edge.Year + step <= 9999 ? (edge.Year == 1 && step > 1 ? new DateTime(step, 1, 1) : edge.AddYears(step)) : DateTime.MaxValue,
        };
    }

    private static bool Fits(TimeSpan room, TimeSpan span) => room >= span;
}
